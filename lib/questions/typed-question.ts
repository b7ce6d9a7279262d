// A question as the code below the loaders sees it: its `type` decides the shape of its `content` and
// `answerKey`, so a `switch (q.type)` narrows both. Stored rows are parsed once, by `parseQuestion`, where
// `server/` loads them; the types (`TypedQuestion`…) are inferred from the zod schemas in ./schema.
import { assertNever } from "../assert-never";
import { parseContent, parseWithKey, type QuestionContent, type QuestionType, type TypedQuestion } from "./schema";

export type { QuestionContent, QuestionKey, QuestionOf, TypedQuestion } from "./schema";

type Row = { type: QuestionType; content: unknown };

/**
 * A stored question row with its `type`, `content` (and `answerKey`, when the row has one) parsed into the
 * typed union; the row's other fields pass through. Rows were validated when saved, so a failure here is a
 * broken row, not a user error: it throws.
 */
export function parseQuestion<R extends Row & { answerKey: unknown }>(
  row: R,
): Omit<R, "type" | "content" | "answerKey"> & TypedQuestion;
export function parseQuestion<R extends Row>(row: R): Omit<R, "type" | "content"> & QuestionContent;
export function parseQuestion(row: Row & { answerKey?: unknown }) {
  try {
    return "answerKey" in row
      ? { ...row, ...parseWithKey[row.type](row.content ?? {}, row.answerKey ?? {}) }
      : { ...row, ...parseContent[row.type](row.content ?? {}) };
  } catch (e) {
    throw new Error(`A stored ${row.type} question does not match its type's schema.`, { cause: e });
  }
}

/** Only the public half of a typed question (drops the key and anything else the object carries). */
export function questionContent(q: QuestionContent): QuestionContent {
  // One case per type: rebuilding `{ type, content }` from a union loses the pairing, a narrowed case keeps it.
  switch (q.type) {
    case "SINGLE_CHOICE":
      return { type: q.type, content: q.content };
    case "MULTIPLE_SELECT":
      return { type: q.type, content: q.content };
    case "TRUE_FALSE":
      return { type: q.type, content: q.content };
    case "SHORT_ANSWER":
      return { type: q.type, content: q.content };
    case "CLOZE":
      return { type: q.type, content: q.content };
    case "EVIDENCE":
      return { type: q.type, content: q.content };
    case "ATTRIBUTION":
      return { type: q.type, content: q.content };
    case "ORDERING":
      return { type: q.type, content: q.content };
    case "DEBATE":
      return { type: q.type, content: q.content };
    default:
      return assertNever(q, "question type");
  }
}
