import "server-only";
import { parseQuestion } from "@/lib/questions/typed-question";
import type { Question } from "../generated/prisma/client";

type StoredQuestion = Pick<
  Question,
  "type" | "prompt" | "content" | "answerKey" | "explanation" | "points" | "rubric"
> & {
  /** its cited passages, in their order */
  passages: { passageId: string }[];
};

/** A question row as stored, typed: its content and key parsed by its type, its citations as passage ids. */
export function parseStoredQuestion(q: StoredQuestion) {
  return parseQuestion({
    type: q.type,
    prompt: q.prompt,
    content: q.content,
    answerKey: q.answerKey,
    explanation: q.explanation,
    points: q.points,
    rubric: q.rubric,
    passageIds: q.passages.map((p) => p.passageId),
  });
}
