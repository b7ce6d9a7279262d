// The question types and what a browser needs of them without the validation schemas (./schema): labels, and
// whether an answer is complete enough to submit. Kept free of zod, which the students' pages would otherwise load
// (decision 0092); ./schema re-exports all of it.
import { assertNever } from "../assert-never";
import { readAnswer } from "./answer-shape";
import type { QuestionContent } from "./schema";

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

/** True when an answer is complete enough to submit (a debate answer needs a stance, an argument and citations). */
export function isAnswered(q: QuestionContent, answer: unknown): boolean {
  switch (q.type) {
    case "MULTIPLE_SELECT":
      return (readAnswer.MULTIPLE_SELECT(answer).choiceIds?.length ?? 0) > 0;
    case "SHORT_ANSWER":
      return (readAnswer.SHORT_ANSWER(answer).text?.trim().length ?? 0) > 0;
    case "CLOZE":
      return (readAnswer.CLOZE(answer).text?.trim().length ?? 0) > 0;
    case "ORDERING":
      return (readAnswer.ORDERING(answer).order?.length ?? 0) > 0;
    case "DEBATE": {
      const a = readAnswer.DEBATE(answer);
      return !!a.stanceId && (a.text?.trim().length ?? 0) > 0 && (a.citations?.length ?? 0) >= q.content.minCitations;
    }
    case "SINGLE_CHOICE":
    case "TRUE_FALSE":
    case "EVIDENCE":
    case "ATTRIBUTION":
      return answer !== null && answer !== undefined && Object.keys(answer).length > 0;
    default:
      return assertNever(q, "question type");
  }
}
