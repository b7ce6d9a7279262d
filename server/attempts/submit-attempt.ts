import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { gradeAnswer } from "@/lib/grading/grade";
import type { QuestionType } from "@/lib/questions/schema";
import { db } from "../db";
import { recomputeAttemptScore } from "./recompute-attempt-score";

export type SubmitResult = { attemptId: string; assignmentId: string; submittedAt: Date; alreadySubmitted: boolean };

/**
 * Final submit, exactly once: a conditional UPDATE … WHERE "submittedAt" IS NULL decides the winner; every
 * repeat (double click, retry, second tab) gets the same answer with alreadySubmitted = true. Objective
 * answers are re-graded against the current key and the score is stored, all in the winner's transaction.
 * Submitting after the time limit or the closing time is allowed: it only finalises what was saved.
 */
export async function submitAttempt(opts: { userId: string; attemptId: string }): Promise<SubmitResult> {
  return db.$transaction(async (tx) => {
    const won = await tx.$queryRaw<{ id: string; assignmentId: string; submittedAt: Date }[]>`
      UPDATE "Attempt" a SET "submittedAt" = clock_timestamp()
      WHERE a."id" = ${opts.attemptId} AND a."studentId" = ${opts.userId} AND a."submittedAt" IS NULL
        AND EXISTS (SELECT 1 FROM "Assignment" s JOIN "Enrollment" e ON e."classId" = s."classId" WHERE s."id" = a."assignmentId" AND e."userId" = ${opts.userId})
      RETURNING a."id", a."assignmentId", a."submittedAt"`;
    if (!won[0]) {
      const prior = await tx.attempt.findFirst({ where: { id: opts.attemptId, studentId: opts.userId }, select: { id: true, assignmentId: true, submittedAt: true } });
      if (!prior?.submittedAt) throw new AppError("NOT_FOUND", "This attempt was not found. Reload the page.");
      return { attemptId: prior.id, assignmentId: prior.assignmentId, submittedAt: prior.submittedAt, alreadySubmitted: true };
    }
    const responses = await tx.response.findMany({
      where: { attemptId: opts.attemptId },
      select: { id: true, answer: true, autoScore: true, question: { select: { type: true, content: true, answerKey: true, points: true } } },
    });
    for (const r of responses) {
      const { score } = gradeAnswer({ ...r.question, type: r.question.type as QuestionType }, r.answer);
      if (score !== r.autoScore) await tx.response.update({ where: { id: r.id }, data: { autoScore: score } });
    }
    await recomputeAttemptScore(tx, opts.attemptId);
    return { attemptId: won[0].id, assignmentId: won[0].assignmentId, submittedAt: won[0].submittedAt, alreadySubmitted: false };
  });
}
