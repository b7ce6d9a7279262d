// The optional language-model drafter's two pure halves: the request an OpenAI-compatible chat-completions endpoint
// is sent (the essay's sentences labelled by anchor, and a JSON schema for the reply as structured output), and the
// checks every draft it returns must pass before a teacher sees it: it parses, it cites sentences that exist, its
// key is in the cited text, it is a valid question and it passes the same rubric as the rule drafts. The HTTP call
// itself is server/essays/suggest-llm-drafts.ts.
import { z } from "zod";
import { validateQuestion } from "@/lib/questions/schema";
import { choiceIds } from "./opaque-id";
import { RUBRIC } from "./rubric";
import { anchorOf, type Draft, type DraftEssay, type DraftPassage } from "./types";

/** The kinds a model is asked for: the ones a single sentence or paragraph of one essay can carry. */
export const LLM_KINDS = ["entity", "cloze", "main-idea", "stance", "cause"] as const;

const MAX_DRAFTS = 20;
const text = (max: number) => z.string().trim().min(1).max(max);
const llmDraft = z.object({
  kind: z.enum(LLM_KINDS),
  type: z.enum(["SINGLE_CHOICE", "CLOZE"]),
  /** the anchor of the sentence or paragraph the question is drawn from, as labelled in the request ("p3-s2") */
  passage: text(20),
  prompt: text(500),
  /** SINGLE_CHOICE: the correct choice first, then two or three distractors. CLOZE: the missing words only. */
  answer: text(300),
  distractors: z.array(text(300)).max(3),
  why: text(500),
});
const llmReply = z.object({ drafts: z.array(z.unknown()).max(MAX_DRAFTS) });

/** The reply's JSON schema, sent as `response_format` (strict structured output). */
export const LLM_REPLY_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["drafts"],
  properties: {
    drafts: {
      type: "array",
      maxItems: MAX_DRAFTS,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["kind", "type", "passage", "prompt", "answer", "distractors", "why"],
        properties: {
          kind: { type: "string", enum: [...LLM_KINDS] },
          type: { type: "string", enum: ["SINGLE_CHOICE", "CLOZE"] },
          passage: { type: "string", description: "the anchor of the cited passage, e.g. p3-s2 or p3" },
          prompt: { type: "string" },
          answer: { type: "string", description: "the correct choice, or the missing words of a cloze" },
          distractors: { type: "array", items: { type: "string" }, maxItems: 3 },
          why: { type: "string", description: "why this question is worth asking, in one sentence" },
        },
      },
    },
  },
} as const;

const INSTRUCTIONS = `You write reading-comprehension questions for a teacher, drawn from one essay.
Each question cites exactly one passage by its anchor (pN-sM for a sentence, pN for a paragraph), as labelled below.
Kinds: entity (a person, place, organisation, year or number in the sentence; distractors of the same kind),
cloze (the missing words are a key term of the sentence, copied exactly; no distractors), main-idea (what the
paragraph is mainly about: the answer is a phrase of the paragraph, distractors are topics of other paragraphs),
stance (the position the author takes in the sentence), cause (the cause the sentence gives for an effect).
For single choice, the answer must be words of the cited passage, and the prompt must not contain the answer.
Give two or three distractors from the same essay, of the same kind as the answer. No two questions alike.`;

/** The chat-completions request body for `count` drafts of `essay`. */
export function llmRequest(essay: DraftEssay, model: string, count: number) {
  const lines = essay.passages
    .filter((p) => p.sentence > 0)
    .map((p) => `[${anchorOf(p)}] ${p.text}`)
    .join("\n");
  return {
    model,
    temperature: 0.2,
    messages: [
      { role: "system", content: INSTRUCTIONS },
      {
        role: "user",
        content: `Write ${Math.min(count, MAX_DRAFTS)} questions on “${essay.title}”. Its sentences:\n${lines}`,
      },
    ],
    response_format: { type: "json_schema", json_schema: { name: "drafts", strict: true, schema: LLM_REPLY_SCHEMA } },
  };
}

export type LlmCheck = { drafts: Draft[]; rejected: { index: number; reason: string }[] };

/** The reply as a whole is unusable (not a chat completion, not JSON, no drafts list): the message says why. */
export class LlmReplyError extends Error {}

/** The drafts array of a chat-completions reply: choices[0].message.content, parsed as JSON. Throws LlmReplyError. */
export function draftsOfReply(reply: unknown): unknown[] {
  const message = z
    .object({ choices: z.array(z.object({ message: z.object({ content: z.string().nullable() }) })).min(1) })
    .safeParse(reply);
  if (!message.success) throw new LlmReplyError("its reply is not a chat completion");
  const content = message.data.choices[0]!.message.content ?? "";
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    throw new LlmReplyError("its reply is not the JSON that was asked for");
  }
  const parsed = llmReply.safeParse(json);
  if (!parsed.success) throw new LlmReplyError("its reply has no list of drafts");
  return parsed.data.drafts;
}

const norm = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
const contains = (haystack: string, needle: string) => ` ${norm(haystack)} `.includes(` ${norm(needle)} `);

/** One raw draft as a Draft, or the reason it is refused. */
function toDraft(raw: unknown, essay: DraftEssay, model: string): Draft | string {
  const parsed = llmDraft.safeParse(raw);
  if (!parsed.success) return "it does not have the fields asked for";
  const d = parsed.data;
  const passage: DraftPassage | undefined = essay.passages.find((p) => anchorOf(p) === d.passage);
  if (!passage) return `it cites ${d.passage.slice(0, 20)}, which is not a passage of the essay`;
  if (!contains(passage.text, d.answer)) return `its answer is not in the passage it cites (${anchorOf(passage)})`;
  const why = `Rule “language model”: ${model} suggested it from ${anchorOf(passage)}: ${d.why}`;
  const common = { prompt: d.prompt, explanation: `The passage reads: “${passage.text}”`, points: 1, rubric: null };
  let draft: Draft;
  if (d.type === "CLOZE") {
    // The blank is cut from the passage itself, so the accepted answer is the passage's own words.
    const at = passage.text.toLowerCase().indexOf(d.answer.toLowerCase());
    if (at < 0) return `its missing words are not written so in ${anchorOf(passage)}`;
    const answer = passage.text.slice(at, at + d.answer.length);
    draft = {
      ...common,
      kind: "cloze",
      type: "CLOZE",
      content: { before: passage.text.slice(0, at), after: passage.text.slice(at + answer.length) },
      answerKey: { accepted: [answer], caseSensitive: false },
      passageIds: [passage.id],
      rationale: why,
      source: model,
    };
  } else {
    if (d.distractors.length < 2) return "it offers fewer than two distractors";
    const choices = choiceIds(`llm#${model}#${anchorOf(passage)}#${d.prompt}`, [d.answer, ...d.distractors]);
    // The key's place among the choices comes from the choice ids, not from the model's order.
    const shuffled = [...choices].sort((a, b) => a.id.localeCompare(b.id));
    draft = {
      ...common,
      kind: d.kind === "cloze" ? "entity" : d.kind,
      type: "SINGLE_CHOICE",
      content: { choices: shuffled },
      answerKey: { correct: choices[0]!.id },
      passageIds: [passage.id],
      rationale: why,
      source: model,
    };
  }
  const valid = validateQuestion(draft);
  if (!valid.ok) return `it is not a valid question (${Object.values(valid.errors)[0]})`;
  return draft;
}

/**
 * The model's drafts that pass every check, marked with `model` as their source, and why each other one was
 * refused. `ruleDrafts` are the drafts already shown: a model's draft that repeats one of them is refused too.
 */
export function checkLlmDrafts(raw: unknown[], essay: DraftEssay, model: string, ruleDrafts: Draft[]): LlmCheck {
  const out: LlmCheck = { drafts: [], rejected: [] };
  raw.forEach((r, index) => {
    const d = toDraft(r, essay, model);
    if (typeof d === "string") return out.rejected.push({ index, reason: d });
    const all = [...ruleDrafts, ...out.drafts, d];
    const ctx = { essay, peers: [], drafts: all };
    const failed = RUBRIC.find((rule) => !rule.check(d, ctx, all.length - 1));
    if (failed) return out.rejected.push({ index, reason: `it fails the rubric: ${failed.label}` });
    out.drafts.push(d);
  });
  return out;
}
