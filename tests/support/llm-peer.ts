// A stand-in for an OpenAI-compatible chat-completions endpoint (a local Ollama, vLLM or llama.cpp server, or a
// hosted one), written from the published API: POST {base}/chat/completions with `model`, `messages` and
// `response_format: { type: "json_schema", json_schema: { name, strict, schema } }` answers
// `{ id, object: "chat.completion", created, model, choices: [{ index, message: { role, content }, finish_reason }] }`
// with the structured output as the JSON text of `content`. Its replies are recorded ones, chosen by the model
// name (or by `mode`, to switch a running app over): good, junk (prose instead of JSON), bad-cite (one draft cites
// a passage that does not exist), error (HTTP 500) and slow (answers after `slowMs`). Loopback only.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type PeerMode = "good" | "junk" | "bad-cite" | "error" | "slow";

/** Recorded drafts for the built-in essay "Moscow's Geopolitical Gamble on the Taliban", as a model gave them. */
export const GOOD_DRAFTS = [
  {
    kind: "cloze",
    type: "CLOZE",
    passage: "p1-s1",
    prompt: "Fill in the missing words: what did Afghan opposition groups once rely upon?",
    answer: "regional lifeline",
    distractors: [],
    why: "The opening sentence states the essay's thesis; the lifeline is its key image.",
  },
  {
    kind: "stance",
    type: "SINGLE_CHOICE",
    passage: "p2-s2",
    prompt:
      "Beyond a diplomatic gesture, what does the author say Russia's move carries for Afghanistan and the region?",
    answer: "profound geopolitical, economic, and security consequences",
    distractors: ["a purely symbolic change with no lasting effect", "a short-lived advantage for Western investors"],
    why: "The author's position is that the recognition matters far more than it first appears.",
  },
];
const BAD_CITE_DRAFTS = [
  {
    kind: "entity",
    type: "SINGLE_CHOICE",
    passage: "p42-s7",
    prompt: "Which city hosted the 2019 talks?",
    answer: "Doha",
    distractors: ["Geneva", "Vienna"],
    why: "Invented: the essay has no paragraph 42.",
  },
  GOOD_DRAFTS[0],
];

export type LlmPeer = {
  url: string;
  /** overrides the mode chosen by model name, for every request until set back to null */
  mode: PeerMode | null;
  /** how long a slow reply takes */
  slowMs: number;
  /** the parsed bodies of the requests received, in order */
  requests: { model?: string; response_format?: { type?: string; json_schema?: { name?: string } } }[];
  close: () => Promise<void>;
};

const completion = (model: string, content: string) => ({
  id: "chatcmpl-recorded",
  object: "chat.completion",
  created: 1_764_000_000,
  model,
  choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
  usage: { prompt_tokens: 1000, completion_tokens: 200, total_tokens: 1200 },
});

export async function startLlmPeer(port = 0): Promise<LlmPeer> {
  const timers = new Set<NodeJS.Timeout>();
  const peer: LlmPeer = {
    url: "",
    mode: null,
    slowMs: 5_000,
    requests: [],
    close: async () => {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
        res.writeHead(404, { "content-type": "application/json" });
        return res.end(JSON.stringify({ error: { message: "Not found", type: "invalid_request_error" } }));
      }
      const parsed = JSON.parse(body) as LlmPeer["requests"][number];
      peer.requests.push(parsed);
      const model = parsed.model ?? "";
      const mode: PeerMode = peer.mode ?? ((model.replace(/-model$/, "") || "good") as PeerMode);
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(json));
      };
      switch (mode) {
        case "error":
          return send(500, { error: { message: "The model is loading.", type: "server_error" } });
        case "junk":
          return send(
            200,
            completion(model, "Sure! Here are some great questions about the essay:\n1. What is it about?"),
          );
        case "bad-cite":
          return send(200, completion(model, JSON.stringify({ drafts: BAD_CITE_DRAFTS })));
        case "slow": {
          const t = setTimeout(() => {
            timers.delete(t);
            if (!res.writableEnded) send(200, completion(model, JSON.stringify({ drafts: GOOD_DRAFTS })));
          }, peer.slowMs);
          timers.add(t);
          return;
        }
        default:
          return send(200, completion(model, JSON.stringify({ drafts: GOOD_DRAFTS })));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  peer.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return peer;
}
