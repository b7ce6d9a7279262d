// The contract for every question type: what a student sees (`content`), the key that stays on the server
// (`answerKey`) and the shape of a student's answer. Validated with zod at every boundary.
import { z } from "zod";
import { assertNever } from "../assert-never";

import { type QuestionType, MAX_ANSWER_TEXT, QUESTION_TYPES } from "./types";

export { QUESTION_TYPES, TYPE_LABELS, MANUAL_TYPES, MAX_ANSWER_TEXT, type QuestionType } from "./types";

const id = z.string().trim().min(1).max(64);
const text = (field: string, max = 2000) =>
  z.string().trim().min(1, `${field} cannot be empty.`).max(max, `${field} must be under ${max} characters.`);
const choice = z.object({ id, text: text("Each choice") });
const choices = z
  .array(choice)
  .min(2, "Give at least two choices.")
  .max(10, "Use at most ten choices.")
  .refine((cs) => new Set(cs.map((c) => c.id)).size === cs.length, "Choice ids must be unique.")
  .refine((cs) => new Set(cs.map((c) => c.text.toLowerCase())).size === cs.length, "Two choices have the same text.");

/** A quote of a sub-span of a passage: W3C Web Annotation TextPositionSelector + TextQuoteSelector. */
export const quoteSelector = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  exact: z.string().min(1).max(2000),
  prefix: z.string().max(64).default(""),
  suffix: z.string().max(64).default(""),
});
export type QuoteSelector = z.infer<typeof quoteSelector>;
export const citation = z.object({ passageId: id, quote: quoteSelector.optional() });
export type Citation = z.infer<typeof citation>;

// ---- per type: content (public), key (secret), answer (student) ----
export const contentSchemas = {
  SINGLE_CHOICE: z.object({ choices }),
  MULTIPLE_SELECT: z.object({ choices }),
  TRUE_FALSE: z.object({}),
  SHORT_ANSWER: z.object({ maxWords: z.number().int().min(1).max(2000).optional() }),
  /** The sentence with its blank: `before` + ____ + `after`. */
  CLOZE: z
    .object({ before: z.string().max(2000), after: z.string().max(2000) })
    .refine((c) => c.before.trim() || c.after.trim(), "Keep some text around the blank."),
  /** The student picks the passage that supports `claim` from `options` (passage ids). */
  EVIDENCE: z.object({ claim: text("The claim"), options: z.array(id).min(2, "Offer at least two passages.").max(12) }),
  /** Which essay argues `statement`? `essays` are the candidate essays (slug + title). */
  ATTRIBUTION: z.object({
    statement: text("The statement"),
    essays: z.array(z.object({ slug: id, title: text("Essay title") })).min(2, "Offer at least two essays."),
  }),
  /** Items shown shuffled; the student puts them in order. */
  ORDERING: z.object({ items: choices }),
  DEBATE: z.object({
    stances: z.array(choice).min(2, "Give at least two sides.").max(4),
    minCitations: z.number().int().min(1).max(5).default(1),
  }),
} as const;

export const keySchemas = {
  SINGLE_CHOICE: z.object({ correct: id }),
  MULTIPLE_SELECT: z.object({ correct: z.array(id).min(1, "Mark at least one correct choice.") }),
  TRUE_FALSE: z.object({ correct: z.boolean() }),
  SHORT_ANSWER: z.object({
    modelAnswer: text("The model answer", 5000),
    keywords: z.array(z.string().trim().min(1).max(100)).max(30).default([]),
  }),
  CLOZE: z.object({
    accepted: z.array(z.string().trim().min(1).max(200)).min(1, "Give the word that fills the blank."),
    caseSensitive: z.boolean().default(false),
  }),
  EVIDENCE: z.object({ correct: z.array(id).min(1, "Mark the passage that supports the claim.") }),
  ATTRIBUTION: z.object({ correct: id }),
  ORDERING: z.object({ order: z.array(id).min(2) }),
  DEBATE: z.object({}),
} as const;

const answerText = z.string().max(MAX_ANSWER_TEXT, "This answer is too long: keep it under 10,000 characters.");
export const answerSchemas = {
  SINGLE_CHOICE: z.object({ choiceId: id }),
  MULTIPLE_SELECT: z.object({ choiceIds: z.array(id).max(10) }),
  TRUE_FALSE: z.object({ value: z.boolean() }),
  SHORT_ANSWER: z.object({ text: answerText }),
  CLOZE: z.object({ text: z.string().max(200, "Keep the missing word or phrase under 200 characters.") }),
  EVIDENCE: z.object({ passageId: id }),
  ATTRIBUTION: z.object({ essaySlug: id }),
  ORDERING: z.object({ order: z.array(id).max(10) }),
  // A draft argument may be typed before a side is chosen: no stance ("" from the form, or null) is kept as null
  // so the draft is saved; isAnswered still wants a stance before the answer counts as given.
  DEBATE: z.object({
    stanceId: z
      .union([id, z.literal(""), z.null()])
      .optional()
      .transform((s) => s || null),
    text: answerText,
    citations: z.array(citation).max(10),
  }),
} as const;

export type Content<T extends QuestionType> = z.infer<(typeof contentSchemas)[T]>;
export type AnswerKey<T extends QuestionType> = z.infer<(typeof keySchemas)[T]>;
export type Answer<T extends QuestionType> = z.infer<(typeof answerSchemas)[T]>;
/** The shapes before parsing (defaults not applied yet): what an editor may hold while a question is written. */
export type ContentInput<T extends QuestionType> = z.input<(typeof contentSchemas)[T]>;
export type AnswerKeyInput<T extends QuestionType> = z.input<(typeof keySchemas)[T]>;

// ---- the typed union: a `switch (q.type)` narrows content, key (and, through ./answer-shape, the answer) ----
/** The public half of a question: what a student may see. */
export type QuestionContent = { [T in QuestionType]: { type: T; content: Content<T> } }[QuestionType];
/** A question with its key (server side, or the instructor's own views). */
export type TypedQuestion = {
  [T in QuestionType]: { type: T; content: Content<T>; answerKey: AnswerKey<T> };
}[QuestionType];
/** The key half (grading needs nothing else). */
export type QuestionKey = { [T in QuestionType]: { type: T; answerKey: AnswerKey<T> } }[QuestionType];
export type QuestionOf<T extends QuestionType> = Extract<TypedQuestion, { type: T }>;

// Parsers of stored parts, one line per type so each pairs its own schemas: the result is the union, not a cast.
export const parseContent: { [T in QuestionType]: (content: unknown) => Extract<QuestionContent, { type: T }> } = {
  SINGLE_CHOICE: (c) => ({ type: "SINGLE_CHOICE", content: contentSchemas.SINGLE_CHOICE.parse(c) }),
  MULTIPLE_SELECT: (c) => ({ type: "MULTIPLE_SELECT", content: contentSchemas.MULTIPLE_SELECT.parse(c) }),
  TRUE_FALSE: (c) => ({ type: "TRUE_FALSE", content: contentSchemas.TRUE_FALSE.parse(c) }),
  SHORT_ANSWER: (c) => ({ type: "SHORT_ANSWER", content: contentSchemas.SHORT_ANSWER.parse(c) }),
  CLOZE: (c) => ({ type: "CLOZE", content: contentSchemas.CLOZE.parse(c) }),
  EVIDENCE: (c) => ({ type: "EVIDENCE", content: contentSchemas.EVIDENCE.parse(c) }),
  ATTRIBUTION: (c) => ({ type: "ATTRIBUTION", content: contentSchemas.ATTRIBUTION.parse(c) }),
  ORDERING: (c) => ({ type: "ORDERING", content: contentSchemas.ORDERING.parse(c) }),
  DEBATE: (c) => ({ type: "DEBATE", content: contentSchemas.DEBATE.parse(c) }),
};
export const parseWithKey: { [T in QuestionType]: (content: unknown, key: unknown) => QuestionOf<T> } = {
  SINGLE_CHOICE: (c, k) => ({ ...parseContent.SINGLE_CHOICE(c), answerKey: keySchemas.SINGLE_CHOICE.parse(k) }),
  MULTIPLE_SELECT: (c, k) => ({ ...parseContent.MULTIPLE_SELECT(c), answerKey: keySchemas.MULTIPLE_SELECT.parse(k) }),
  TRUE_FALSE: (c, k) => ({ ...parseContent.TRUE_FALSE(c), answerKey: keySchemas.TRUE_FALSE.parse(k) }),
  SHORT_ANSWER: (c, k) => ({ ...parseContent.SHORT_ANSWER(c), answerKey: keySchemas.SHORT_ANSWER.parse(k) }),
  CLOZE: (c, k) => ({ ...parseContent.CLOZE(c), answerKey: keySchemas.CLOZE.parse(k) }),
  EVIDENCE: (c, k) => ({ ...parseContent.EVIDENCE(c), answerKey: keySchemas.EVIDENCE.parse(k) }),
  ATTRIBUTION: (c, k) => ({ ...parseContent.ATTRIBUTION(c), answerKey: keySchemas.ATTRIBUTION.parse(k) }),
  ORDERING: (c, k) => ({ ...parseContent.ORDERING(c), answerKey: keySchemas.ORDERING.parse(k) }),
  DEBATE: (c, k) => ({ ...parseContent.DEBATE(c), answerKey: keySchemas.DEBATE.parse(k) }),
};

/** What an editor or importer submits for one question. */
export const questionInput = z.object({
  type: z.enum(QUESTION_TYPES),
  prompt: text("The question", 2000),
  content: z.unknown(),
  answerKey: z.unknown(),
  explanation: z.string().trim().max(5000).default(""),
  points: z.number().min(0.5, "A question is worth at least half a point.").max(100).default(1),
  rubric: z.string().trim().max(5000).nullish(),
  passageIds: z.array(id).min(1, "Cite at least one passage the question is drawn from."),
});
export type QuestionInput = z.infer<typeof questionInput>;
export type ValidQuestion = Omit<QuestionInput, "type" | "content" | "answerKey"> & TypedQuestion;
/** A valid answer to some question (which one, the question's `type` says). */
export type AnyAnswer = Answer<QuestionType>;

export type FieldErrors = Record<string, string>;

function collect(prefix: string, err: z.ZodError, into: FieldErrors) {
  for (const issue of err.issues) {
    const key = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
    into[key] ??= issue.message;
  }
}

/**
 * Validates a whole question, including the rules that tie the key to the content (the correct choice
 * exists, the order names every item, the blank's answer is not empty…). Returns the parsed question or
 * field errors keyed by path ("content.choices", "answerKey.correct", "passageIds").
 */
export function validateQuestion(
  raw: unknown,
): { ok: true; question: ValidQuestion } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const base = questionInput.safeParse(raw);
  if (!base.success) {
    collect("", base.error, errors);
    return { ok: false, errors };
  }
  const q = base.data;
  const content = contentSchemas[q.type].safeParse(q.content ?? {});
  const key = keySchemas[q.type].safeParse(q.answerKey ?? {});
  if (!content.success) collect("content", content.error, errors);
  if (!key.success) collect("answerKey", key.error, errors);
  if (!content.success || !key.success) return { ok: false, errors };
  const typed = parseWithKey[q.type](content.data, key.data);
  const mismatch = keyMismatch(typed);
  if (mismatch) return { ok: false, errors: mismatch };
  return { ok: true, question: { ...q, ...typed } };
}

/** The rules that tie a key to its content: the correct choice exists, the order names every item once… */
function keyMismatch(q: TypedQuestion): FieldErrors | null {
  switch (q.type) {
    case "SINGLE_CHOICE":
      return q.content.choices.some((c) => c.id === q.answerKey.correct)
        ? null
        : { "answerKey.correct": "Mark which choice is correct." };
    case "MULTIPLE_SELECT": {
      const ids = new Set(q.content.choices.map((c) => c.id));
      return q.answerKey.correct.some((x) => !ids.has(x))
        ? { "answerKey.correct": "A correct answer is not one of the choices." }
        : null;
    }
    case "ORDERING": {
      const ids = new Set(q.content.items.map((c) => c.id));
      const order = q.answerKey.order;
      return order.length !== ids.size || new Set(order).size !== order.length || order.some((x) => !ids.has(x))
        ? { "answerKey.order": "The correct order must list every item exactly once." }
        : null;
    }
    case "EVIDENCE": {
      const options = new Set(q.content.options);
      return q.answerKey.correct.some((x) => !options.has(x))
        ? { "answerKey.correct": "The supporting passage must be one of the options." }
        : null;
    }
    case "ATTRIBUTION":
      return q.content.essays.some((e) => e.slug === q.answerKey.correct)
        ? null
        : { "answerKey.correct": "Mark which essay says this." };
    case "TRUE_FALSE":
    case "SHORT_ANSWER":
    case "CLOZE":
    case "DEBATE":
      return null;
    default:
      return assertNever(q, "question type");
  }
}

const TOO_LONG = "This answer is too long: keep it under 10,000 characters.";
type Checked = { ok: false; error: z.ZodError } | { ok: true; answer: AnyAnswer; mismatch: string | null };
function checked<A extends AnyAnswer>(r: z.ZodSafeParseResult<A>, mismatch: (a: A) => string | null): Checked {
  return r.success ? { ok: true, answer: r.data, mismatch: mismatch(r.data) } : { ok: false, error: r.error };
}

/** The answer parsed by its type's schema, and what (if anything) does not fit this question's content. */
function checkAnswer(q: QuestionContent, raw: unknown): Checked {
  switch (q.type) {
    case "SINGLE_CHOICE":
      return checked(answerSchemas.SINGLE_CHOICE.safeParse(raw), (a) =>
        q.content.choices.some((c) => c.id === a.choiceId)
          ? null
          : "That choice is not one of this question's options.",
      );
    case "MULTIPLE_SELECT": {
      const ids = new Set(q.content.choices.map((c) => c.id));
      return checked(answerSchemas.MULTIPLE_SELECT.safeParse(raw), (a) =>
        a.choiceIds.some((x) => !ids.has(x)) ? "One of the selected choices is not an option of this question." : null,
      );
    }
    case "ORDERING": {
      const ids = new Set(q.content.items.map((c) => c.id));
      return checked(answerSchemas.ORDERING.safeParse(raw), (a) =>
        a.order.some((x) => !ids.has(x)) ? "The order names an item this question does not have." : null,
      );
    }
    case "EVIDENCE":
      return checked(answerSchemas.EVIDENCE.safeParse(raw), (a) =>
        q.content.options.includes(a.passageId) ? null : "Pick one of the passages offered.",
      );
    case "ATTRIBUTION":
      return checked(answerSchemas.ATTRIBUTION.safeParse(raw), (a) =>
        q.content.essays.some((e) => e.slug === a.essaySlug) ? null : "Pick one of the essays offered.",
      );
    case "DEBATE":
      return checked(answerSchemas.DEBATE.safeParse(raw), (a) =>
        a.stanceId === null || q.content.stances.some((s) => s.id === a.stanceId)
          ? null
          : "Pick one of the sides offered.",
      );
    case "TRUE_FALSE":
      return checked(answerSchemas.TRUE_FALSE.safeParse(raw), () => null);
    case "SHORT_ANSWER":
      return checked(answerSchemas.SHORT_ANSWER.safeParse(raw), () => null);
    case "CLOZE":
      return checked(answerSchemas.CLOZE.safeParse(raw), () => null);
    default:
      return assertNever(q, "question type");
  }
}

/** Parses a student's answer for a question; errors are sentences a student can act on. */
export function parseAnswer(
  q: QuestionContent,
  raw: unknown,
): { ok: true; answer: AnyAnswer } | { ok: false; error: string } {
  const parsed = checkAnswer(q, raw);
  if (!parsed.ok)
    return {
      ok: false,
      error: parsed.error.issues[0]?.message?.startsWith("This answer")
        ? parsed.error.issues[0].message
        : "This answer is not in the form this question expects. Reload the page and answer again.",
    };
  const a = parsed.answer;
  if (new TextEncoder().encode(JSON.stringify(a)).length > MAX_ANSWER_TEXT + 2048)
    return { ok: false, error: TOO_LONG };
  if (parsed.mismatch) return { ok: false, error: parsed.mismatch };
  if (new TextEncoder().encode("text" in a ? a.text : "").length > MAX_ANSWER_TEXT)
    return { ok: false, error: TOO_LONG };
  return { ok: true, answer: a };
}

export { isAnswered } from "./types";
