import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { ownedAssignmentWhere } from "../assignments/assignment-access";
import { runLtiScoreWorker } from "../lti/run-lti-score-worker";
import { recomputeAttemptScore } from "./recompute-attempt-score";

/** Undoes a first grade: the answer is back in the queue as ungraded, without feedback; the attempt total follows. */
export async function clearGrade(opts: { user: SessionUser; responseId: string }) {
  if (opts.user.role !== "INSTRUCTOR") throw new AppError("FORBIDDEN", "Only instructors grade answers.");
  const cleared = await db.$transaction(async (tx) => {
    const r = await tx.response.findFirst({
      where: {
        id: opts.responseId,
        attempt: { submittedAt: { not: null }, assignment: ownedAssignmentWhere(opts.user) },
      },
      select: { id: true, attemptId: true },
    });
    if (!r) throw new AppError("NOT_FOUND", "That answer was not found among your classes' submitted work.");
    await tx.response.update({
      where: { id: r.id },
      data: { manualScore: null, feedback: null, gradedAt: null, gradedById: null },
    });
    await recomputeAttemptScore(tx, r.attemptId);
    return { attemptId: r.attemptId };
  });
  runLtiScoreWorker("kick");
  return cleared;
}
