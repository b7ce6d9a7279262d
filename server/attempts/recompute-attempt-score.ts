import "server-only";
import type { Tx } from "../db";

/**
 * Sets attempt $1's score to the sum of its responses' points (a person's grade wins over the automatic one)
 * and maxScore to the set's total points. One statement, run inside the caller's transaction.
 */
export const RECOMPUTE_SCORE_SQL = `
  UPDATE "Attempt" a SET
    "score" = COALESCE((SELECT SUM(COALESCE(r."manualScore", r."autoScore", 0)) FROM "Response" r WHERE r."attemptId" = a."id"), 0),
    "maxScore" = (SELECT COALESCE(SUM(q."points"), 0) FROM "Question" q JOIN "Assignment" s ON s."setId" = q."setId" WHERE s."id" = a."assignmentId")
  WHERE a."id" = $1`;

export async function recomputeAttemptScore(tx: Tx, attemptId: string): Promise<void> {
  await tx.$executeRawUnsafe(RECOMPUTE_SCORE_SQL, attemptId);
}
