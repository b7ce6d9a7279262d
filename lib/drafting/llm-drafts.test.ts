// The checks a language model's drafts pass before a teacher sees them (the HTTP side is
// tests/integration/llm-drafts.test.ts, against a local peer).
import { describe, expect, it } from "vitest";
import { toDraftEssay } from "./fixture-essays";
import { checkLlmDrafts, draftsOfReply, LlmReplyError, llmRequest } from "./llm-drafts";

const essay = toDraftEssay(
  "harbour",
  "The Harbour Wall",
  [
    "The storms of 1990 broke the old harbour wall. The fish market then moved inland to the station.",
    "The council should rebuild the wall before the next winter. Tourists stayed away from 1991 until 1993.",
  ].join("\n"),
);
const base = {
  kind: "entity",
  type: "SINGLE_CHOICE",
  passage: "p1-s1",
  prompt: "In which year did the storms break the wall?",
  answer: "1990",
  distractors: ["1991", "1993"],
  why: "A date that matters.",
};
const reply = (content: string) => ({ choices: [{ message: { role: "assistant", content } }] });

describe("a language model's drafts", () => {
  it("asks for the essay's sentences by anchor, with a JSON schema as structured output", () => {
    const body = llmRequest(essay, "m", 5);
    expect(body.messages[1]!.content).toContain("[p2-s1] The council should rebuild the wall before the next winter.");
    expect(body.response_format.type).toBe("json_schema");
    expect(body.response_format.json_schema.schema.required).toEqual(["drafts"]);
  });

  it("reads the drafts out of a chat completion, and says what is wrong with one that is not", () => {
    expect(draftsOfReply(reply(JSON.stringify({ drafts: [base] })))).toEqual([base]);
    expect(() => draftsOfReply({ nope: 1 })).toThrow(new LlmReplyError("its reply is not a chat completion"));
    expect(() => draftsOfReply(reply("Here you go!"))).toThrow("its reply is not the JSON that was asked for");
    expect(() => draftsOfReply(reply(JSON.stringify({ questions: [] })))).toThrow("its reply has no list of drafts");
  });

  it("refuses a made-up citation, a key not in the cited text, a give-away stem and a draft without fields", () => {
    const r = checkLlmDrafts(
      [
        { ...base, passage: "p7-s1" },
        { ...base, answer: "1987" },
        { ...base, prompt: "The storms of 1990 broke the wall: in which year?" },
        { kind: "entity" },
      ],
      essay,
      "m",
      [],
    );
    expect(r.drafts).toEqual([]);
    expect(r.rejected.map((x) => x.reason)).toEqual([
      "it cites p7-s1, which is not a passage of the essay",
      "its answer is not in the passage it cites (p1-s1)",
      "it fails the rubric: the stem does not state the key",
      "it does not have the fields asked for",
    ]);
  });

  it("keeps a cloze cut from the passage's own words and marks its source", () => {
    const r = checkLlmDrafts(
      [
        {
          ...base,
          kind: "cloze",
          type: "CLOZE",
          passage: "p1-s2",
          prompt: "Where did the market move?",
          answer: "station",
          distractors: [],
        },
      ],
      essay,
      "tiny-model",
      [],
    );
    expect(r.rejected).toEqual([]);
    const d = r.drafts[0]!;
    if (d.type !== "CLOZE") throw new Error("expected a cloze");
    expect(d).toMatchObject({ kind: "cloze", source: "tiny-model", passageIds: ["harbour#p1-s2"] });
    expect(d.content).toEqual({ before: "The fish market then moved inland to the ", after: "." });
  });
});
