// The contract for every question type: what a student sees (`content`), the key that stays on the server
// (`answerKey`) and the shape of a student's answer. Validated with zod at every boundary.
import { z } from "zod";

export const QUESTION_TYPES = [
  "SINGLE_CHOICE",
  "MULTIPLE_SELECT",
  "TRUE_FALSE",
  "SHORT_ANSWER",
  "CLOZE",
  "EVIDENCE",
  "ATTRIBUTION",
  "ORDERING",
  "DEBATE",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const TYPE_LABELS: Record<QuestionType, string> = {
  SINGLE_CHOICE: "Single choice",
  MULTIPLE_SELECT: "Multiple select",
  TRUE_FALSE: "True / false",
  SHORT_ANSWER: "Short answer",
  CLOZE: "Cloze (fill the blank)",
  EVIDENCE: "Evidence selection",
  ATTRIBUTION: "Which essay says this?",
  ORDERING: "Ordering",
  DEBATE: "Debate prompt",
};

/** Types graded by a person (the auto-grader returns null for them). */
export const MANUAL_TYPES: ReadonlySet<QuestionType> = new Set(["SHORT_ANSWER", "DEBATE"]);

export const MAX_ANSWER_TEXT = 10_000; // bytes of UTF-8, see answerTextTooLong
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
export type ValidQuestion = Omit<QuestionInput, "content" | "answerKey"> & { content: unknown; answerKey: unknown };

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
  if (content.success && key.success) {
    const c = content.data as Record<string, unknown>;
    const k = key.data as Record<string, unknown>;
    const choiceIds = new Set(((c.choices ?? c.items ?? []) as { id: string }[]).map((x) => x.id));
    switch (q.type) {
      case "SINGLE_CHOICE":
        if (!choiceIds.has(k.correct as string)) errors["answerKey.correct"] = "Mark which choice is correct.";
        break;
      case "MULTIPLE_SELECT":
        if ((k.correct as string[]).some((x) => !choiceIds.has(x)))
          errors["answerKey.correct"] = "A correct answer is not one of the choices.";
        break;
      case "ORDERING": {
        const order = k.order as string[];
        if (
          order.length !== choiceIds.size ||
          new Set(order).size !== order.length ||
          order.some((x) => !choiceIds.has(x))
        )
          errors["answerKey.order"] = "The correct order must list every item exactly once.";
        break;
      }
      case "EVIDENCE": {
        const options = new Set(c.options as string[]);
        if ((k.correct as string[]).some((x) => !options.has(x)))
          errors["answerKey.correct"] = "The supporting passage must be one of the options.";
        break;
      }
      case "ATTRIBUTION":
        if (!(c.essays as { slug: string }[]).some((e) => e.slug === k.correct))
          errors["answerKey.correct"] = "Mark which essay says this.";
        break;
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, question: { ...q, content: content.data, answerKey: key.data } };
}

/** Parses a student's answer for a question; errors are sentences a student can act on. */
export function parseAnswer(
  type: QuestionType,
  content: unknown,
  raw: unknown,
): { ok: true; answer: unknown } | { ok: false; error: string } {
  const parsed = answerSchemas[type].safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      error: parsed.error.issues[0]?.message?.startsWith("This answer")
        ? parsed.error.issues[0].message
        : "This answer is not in the form this question expects. Reload the page and answer again.",
    };
  const a = parsed.data as Record<string, unknown>;
  const c = (content ?? {}) as Record<string, unknown>;
  if (new TextEncoder().encode(JSON.stringify(a)).length > MAX_ANSWER_TEXT + 2048)
    return { ok: false, error: "This answer is too long: keep it under 10,000 characters." };
  const ids = new Set(((c.choices ?? c.items ?? []) as { id: string }[]).map((x) => x.id));
  switch (type) {
    case "SINGLE_CHOICE":
      if (!ids.has(a.choiceId as string))
        return { ok: false, error: "That choice is not one of this question's options." };
      break;
    case "MULTIPLE_SELECT":
      if ((a.choiceIds as string[]).some((x) => !ids.has(x)))
        return { ok: false, error: "One of the selected choices is not an option of this question." };
      break;
    case "ORDERING":
      if ((a.order as string[]).some((x) => !ids.has(x)))
        return { ok: false, error: "The order names an item this question does not have." };
      break;
    case "EVIDENCE":
      if (!(c.options as string[] | undefined)?.includes(a.passageId as string))
        return { ok: false, error: "Pick one of the passages offered." };
      break;
    case "ATTRIBUTION":
      if (!(c.essays as { slug: string }[] | undefined)?.some((e) => e.slug === a.essaySlug))
        return { ok: false, error: "Pick one of the essays offered." };
      break;
    case "DEBATE": {
      const stances = (c.stances ?? []) as { id: string }[];
      if (a.stanceId !== null && !stances.some((s) => s.id === a.stanceId))
        return { ok: false, error: "Pick one of the sides offered." };
      break;
    }
  }
  if (new TextEncoder().encode(typeof a.text === "string" ? a.text : "").length > MAX_ANSWER_TEXT)
    return { ok: false, error: "This answer is too long: keep it under 10,000 characters." };
  return { ok: true, answer: a };
}

/** True when an answer is complete enough to submit (a debate answer needs a stance, an argument and citations). */
export function isAnswered(type: QuestionType, content: unknown, answer: unknown): boolean {
  const a = (answer ?? {}) as Record<string, unknown>;
  switch (type) {
    case "MULTIPLE_SELECT":
      return Array.isArray(a.choiceIds) && a.choiceIds.length > 0;
    case "SHORT_ANSWER":
    case "CLOZE":
      return typeof a.text === "string" && a.text.trim().length > 0;
    case "ORDERING":
      return Array.isArray(a.order) && a.order.length > 0;
    case "DEBATE": {
      const min = ((content ?? {}) as { minCitations?: number }).minCitations ?? 1;
      return (
        typeof a.stanceId === "string" &&
        typeof a.text === "string" &&
        a.text.trim().length > 0 &&
        Array.isArray(a.citations) &&
        a.citations.length >= min
      );
    }
    default:
      return answer !== null && answer !== undefined && Object.keys(a).length > 0;
  }
}
