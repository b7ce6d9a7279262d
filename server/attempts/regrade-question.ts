import "server-only";
import { gradeAnswer } from "@/lib/grading/grade";
import { parseQuestion } from "@/lib/questions/typed-question";
import { Prisma } from "../generated/prisma/client";
import type { Tx } from "../db";
import { enqueueLtiScores } from "../lti/enqueue-lti-scores";
import { SCORED_MAX_SQL } from "./scored-max-sql";

/**
 * Re-grades every stored response to a question after its key or points changed, and refreshes the
 * totals of the attempts concerned. Call inside the transaction that updates the question. Manual grades
 * stay (they win over the automatic score anyway). Writes are two statements however many responses exist.
 */
export async function regradeQuestion(tx: Tx, questionId: string): Promise<number> {
  const q = parseQuestion(
    await tx.question.findUniqueOrThrow({
      where: { id: questionId },
      select: { type: true, content: true, answerKey: true, points: true },
    }),
  );
  const responses = await tx.response.findMany({
    where: { questionId },
    select: { id: true, answer: true, attemptId: true },
  });
  if (responses.length === 0) return 0;
  const ids = responses.map((r) => r.id);
  const scores = responses.map((r) => gradeAnswer(q, r.answer).score);
  await tx.$executeRaw`
    UPDATE "Response" r SET "autoScore" = u.score
    FROM unnest(${ids}::text[], ${scores}::float8[]) AS u(id, score)
    WHERE r."id" = u.id`;
  // Same formula as recomputeAttemptScore, for every attempt that answered this question at once.
  await tx.$executeRaw`
    UPDATE "Attempt" a SET
      "score" = COALESCE((SELECT SUM(COALESCE(r."manualScore", r."autoScore", 0)) FROM "Response" r WHERE r."attemptId" = a."id"), 0),
      "maxScore" = ${Prisma.raw(SCORED_MAX_SQL)}
    WHERE a."id" IN (SELECT "attemptId" FROM "Response" WHERE "questionId" = ${questionId}) AND a."submittedAt" IS NOT NULL`;
  await enqueueLtiScores(
    tx,
    responses.map((r) => r.attemptId),
  );
  return responses.length;
}
