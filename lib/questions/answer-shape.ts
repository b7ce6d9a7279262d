// Reading an answer whose validity is not the point: one being typed in a widget, or one stored earlier (valid
// when saved). Every field is optional and a field of the wrong kind reads as missing, so the reader never
// throws and never loses what a student has typed (a stance not yet picked, an argument over the limit).
// Validation proper is `parseAnswer` in ./schema; a valid `Answer<T>` always reads back whole (answer-shape.test.ts).
// Plain checks, not zod: this runs in students' browsers (quiz, live, debate), where zod's core alone was 23 kB
// compressed of script to evaluate before the page answered a tap (decision 0092).
import type { QuestionType } from "./types";

type Citation = { passageId: string; quote?: { exact: string; [key: string]: unknown } };
type Shapes = {
  SINGLE_CHOICE: { choiceId?: string };
  MULTIPLE_SELECT: { choiceIds?: string[] };
  TRUE_FALSE: { value?: boolean };
  SHORT_ANSWER: { text?: string };
  CLOZE: { text?: string };
  EVIDENCE: { passageId?: string };
  ATTRIBUTION: { essaySlug?: string };
  ORDERING: { order?: string[] };
  DEBATE: { stanceId?: string | null; text?: string; citations?: Citation[] };
};
export type AnswerShape<T extends QuestionType> = Shapes[T];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === "string" ? v : undefined);
const strs = (v: unknown) => (Array.isArray(v) && v.every((s) => typeof s === "string") ? (v as string[]) : undefined);
/** The fields that are there and of the right kind; nothing else (unknown fields are dropped). */
function pick<S extends object>(raw: unknown, read: (o: Obj) => S): S {
  if (!isObj(raw)) return {} as S;
  const out = read(raw) as Obj;
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out as S;
}
const citation = (v: unknown): Citation | undefined => {
  if (!isObj(v) || typeof v.passageId !== "string") return undefined;
  const q = v.quote;
  return isObj(q) && typeof q.exact === "string"
    ? { passageId: v.passageId, quote: { ...q, exact: q.exact } }
    : { passageId: v.passageId };
};
const citations = (v: unknown) => {
  if (!Array.isArray(v)) return undefined;
  const cs = v.map(citation);
  return cs.every((c) => c !== undefined) ? (cs as Citation[]) : undefined;
};

/** `readAnswer.CLOZE(raw)`: the fields of an answer to a cloze question that are there and of the right kind. */
export const readAnswer: { [T in QuestionType]: (raw: unknown) => AnswerShape<T> } = {
  SINGLE_CHOICE: (raw) => pick(raw, (o) => ({ choiceId: str(o.choiceId) })),
  MULTIPLE_SELECT: (raw) => pick(raw, (o) => ({ choiceIds: strs(o.choiceIds) })),
  TRUE_FALSE: (raw) => pick(raw, (o) => ({ value: typeof o.value === "boolean" ? o.value : undefined })),
  SHORT_ANSWER: (raw) => pick(raw, (o) => ({ text: str(o.text) })),
  CLOZE: (raw) => pick(raw, (o) => ({ text: str(o.text) })),
  EVIDENCE: (raw) => pick(raw, (o) => ({ passageId: str(o.passageId) })),
  ATTRIBUTION: (raw) => pick(raw, (o) => ({ essaySlug: str(o.essaySlug) })),
  ORDERING: (raw) => pick(raw, (o) => ({ order: strs(o.order) })),
  DEBATE: (raw) =>
    pick(raw, (o) => ({
      stanceId: o.stanceId === null ? null : str(o.stanceId),
      text: str(o.text),
      citations: citations(o.citations),
    })),
};
