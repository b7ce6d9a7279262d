import "server-only";
import { gradeAnswer } from "@/lib/grading/grade";
import type { QuestionType } from "@/lib/questions/schema";
import type { Tx } from "../db";
import { recomputeAttemptScore } from "./recompute-attempt-score";

/**
 * Re-grades every stored response to a question after its key or points changed, and refreshes the
 * submitted attempts' totals. Call inside the transaction that updates the question. Manual grades stay.
 */
export async function regradeQuestion(tx: Tx, questionId: string): Promise<number> {
  const q = await tx.question.findUniqueOrThrow({ where: { id: questionId }, select: { type: true, content: true, answerKey: true, points: true } });
  const responses = await tx.response.findMany({ where: { questionId }, select: { id: true, answer: true, attemptId: true } });
  for (const r of responses) {
    const { score } = gradeAnswer({ type: q.type as QuestionType, content: q.content, answerKey: q.answerKey, points: q.points }, r.answer);
    await tx.response.update({ where: { id: r.id }, data: { autoScore: score } });
  }
  const attempts = [...new Set(responses.map((r) => r.attemptId))];
  for (const id of attempts) await recomputeAttemptScore(tx, id);
  return responses.length;
}
