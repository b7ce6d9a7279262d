// Reading an answer whose validity is not the point: one being typed in a widget, or one stored earlier (valid
// when saved). Every field is optional and a field of the wrong kind reads as missing, so the reader never
// throws and never loses what a student has typed (a stance not yet picked, an argument over the limit).
// Validation proper is `parseAnswer` in ./schema; a valid `Answer<T>` always reads back whole (answer-shape.test.ts).
import { z } from "zod";
import type { QuestionType } from "./schema";

const str = z.string().optional().catch(undefined);
const strs = z.array(z.string()).optional().catch(undefined);
const citationShape = z.object({
  passageId: z.string(),
  quote: z.object({ exact: z.string() }).loose().optional().catch(undefined),
});

export const answerShapes = {
  SINGLE_CHOICE: z.object({ choiceId: str }),
  MULTIPLE_SELECT: z.object({ choiceIds: strs }),
  TRUE_FALSE: z.object({ value: z.boolean().optional().catch(undefined) }),
  SHORT_ANSWER: z.object({ text: str }),
  CLOZE: z.object({ text: str }),
  EVIDENCE: z.object({ passageId: str }),
  ATTRIBUTION: z.object({ essaySlug: str }),
  ORDERING: z.object({ order: strs }),
  DEBATE: z.object({
    stanceId: z.string().nullable().optional().catch(undefined),
    text: str,
    citations: z.array(citationShape).optional().catch(undefined),
  }),
} as const;
export type AnswerShape<T extends QuestionType> = z.output<(typeof answerShapes)[T]>;

/** `readAnswer.CLOZE(raw)`: the fields of an answer to a cloze question that are there and of the right kind. */
export const readAnswer: { [T in QuestionType]: (raw: unknown) => AnswerShape<T> } = {
  SINGLE_CHOICE: (raw) => answerShapes.SINGLE_CHOICE.safeParse(raw).data ?? {},
  MULTIPLE_SELECT: (raw) => answerShapes.MULTIPLE_SELECT.safeParse(raw).data ?? {},
  TRUE_FALSE: (raw) => answerShapes.TRUE_FALSE.safeParse(raw).data ?? {},
  SHORT_ANSWER: (raw) => answerShapes.SHORT_ANSWER.safeParse(raw).data ?? {},
  CLOZE: (raw) => answerShapes.CLOZE.safeParse(raw).data ?? {},
  EVIDENCE: (raw) => answerShapes.EVIDENCE.safeParse(raw).data ?? {},
  ATTRIBUTION: (raw) => answerShapes.ATTRIBUTION.safeParse(raw).data ?? {},
  ORDERING: (raw) => answerShapes.ORDERING.safeParse(raw).data ?? {},
  DEBATE: (raw) => answerShapes.DEBATE.safeParse(raw).data ?? {},
};
