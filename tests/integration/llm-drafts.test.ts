// The optional language-model drafter against a local peer that speaks the chat-completions API with recorded
// replies (tests/support/llm-peer.ts): good drafts are kept, checked and marked; junk, a made-up citation, an
// error, a slow endpoint and one that is down each give a clear message and no drafts, and never throw.
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scoreDrafts } from "@/lib/drafting/rubric";
import { validateQuestion } from "@/lib/questions/schema";
import type { SessionUser } from "@/server/auth/session";
import { draftEssayQuestions } from "@/server/essays/draft-essay-questions";
import { suggestLlmDrafts, type LlmConfig } from "@/server/essays/suggest-llm-drafts";
import { acceptDraft } from "@/server/question-sets/accept-draft";
import { uniqueEmail } from "../factories";
import { startLlmPeer, type LlmPeer } from "../support/llm-peer";
import { prismaFor } from "../support/test-db";

const prisma = prismaFor();
let alice: SessionUser;
let peer: LlmPeer;
let drafted: Awaited<ReturnType<typeof draftEssayQuestions>>;
const config = (model: string, over: Partial<LlmConfig> = {}): LlmConfig => ({
  baseUrl: peer.url,
  model,
  timeoutMs: 3_000,
  ...over,
});
const ask = (model: string, over: Partial<LlmConfig> = {}) =>
  suggestLlmDrafts({ essay: drafted.essay, ruleDrafts: drafted.drafts, count: 12, config: config(model, over) });

beforeAll(async () => {
  const u = await prisma.user.create({
    data: { email: uniqueEmail("llm"), name: "I", passwordHash: "x", role: "INSTRUCTOR" },
  });
  alice = { id: u.id, role: "INSTRUCTOR", name: u.name, email: u.email };
  peer = await startLlmPeer();
  drafted = await draftEssayQuestions({ user: alice, slug: "moscows-geopolitical-gamble", limit: 12 });
}, 120_000); // drafting is seconds of NLP, more on a loaded machine
afterAll(async () => {
  await peer.close();
  await prisma.$disconnect();
});

describe("the language-model drafter", () => {
  it("asks for structured output and keeps the drafts that pass every check, marked with the model", async () => {
    const r = await ask("good-model");
    expect(r.error).toBeNull();
    expect(r.rejected).toEqual([]);
    expect(r.drafts).toHaveLength(2);
    const request = peer.requests.at(-1)!;
    expect(request.model).toBe("good-model");
    expect(request.response_format).toMatchObject({ type: "json_schema", json_schema: { name: "drafts" } });
    const own = new Map(drafted.essay.passages.map((p) => [p.id, p]));
    for (const d of r.drafts) {
      expect(d.source).toBe("good-model");
      expect(d.rationale).toMatch(/^Rule “language model”: good-model suggested it from p\d+-s\d+/);
      expect(validateQuestion(d).ok).toBe(true);
      expect(d.passageIds.every((id) => own.has(id))).toBe(true);
    }
    const cloze = r.drafts.find((d) => d.type === "CLOZE")!;
    if (cloze.type !== "CLOZE") throw new Error("expected a cloze");
    expect(cloze.content.before + cloze.answerKey.accepted[0] + cloze.content.after).toBe(
      own.get(cloze.passageIds[0]!)!.text,
    );
    const report = scoreDrafts({ essay: drafted.essay, peers: [], drafts: [...drafted.drafts, ...r.drafts] });
    expect(report.failures.filter((f) => f.index >= drafted.drafts.length)).toEqual([]);
  });

  it("an accepted model draft is saved with its citation like any other", async () => {
    const r = await ask("good-model");
    const { kind: _k, rationale: _r, source: _s, ...input } = r.drafts[0]!;
    const saved = await acceptDraft({ user: alice, target: { newSetTitle: "From the model" }, input });
    const q = await prisma.question.findUniqueOrThrow({ where: { id: saved.questionId }, include: { passages: true } });
    expect(q.passages.map((p) => p.passageId)).toEqual(r.drafts[0]!.passageIds);
  });

  it("refuses a draft citing a passage that does not exist, and keeps the rest", async () => {
    const r = await ask("bad-cite-model");
    expect(r.error).toBeNull();
    expect(r.drafts).toHaveLength(1);
    expect(r.rejected).toEqual([{ index: 0, reason: "it cites p42-s7, which is not a passage of the essay" }]);
  });

  it("says so when the reply is not the JSON asked for", async () => {
    const r = await ask("junk-model");
    expect(r.drafts).toEqual([]);
    expect(r.error).toBe(
      "The language model (junk-model) gave no usable drafts: its reply is not the JSON that was asked for. The rule drafts below do not need it.",
    );
  });

  it("says so when the endpoint answers with an error", async () => {
    const r = await ask("error-model");
    expect(r.drafts).toEqual([]);
    expect(r.error).toMatch(
      /^The language model \(error-model at 127\.0\.0\.1:\d+\) answered with an error \(HTTP 500\)\./,
    );
  });

  it("gives up on a slow endpoint after the timeout", async () => {
    peer.slowMs = 5_000;
    const r = await ask("slow-model", { timeoutMs: 1_000 });
    expect(r.drafts).toEqual([]);
    expect(r.error).toMatch(
      /did not answer within 1 second\. The rule drafts below do not need it; try again later\.$/,
    );
  });

  it("says so when nothing listens at the address", async () => {
    const closed = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, "127.0.0.1", () => {
        const port = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(port));
      });
    });
    const r = await ask("good-model", { baseUrl: `http://127.0.0.1:${closed}/v1` });
    expect(r.drafts).toEqual([]);
    expect(r.error).toMatch(/could not be reached\. The rule drafts below do not need it; ask your administrator/);
  });
});
