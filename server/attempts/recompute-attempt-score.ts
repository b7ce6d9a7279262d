import "server-only";
import type { Tx } from "../db";
import { enqueueLtiScores } from "../lti/enqueue-lti-scores";
import { SCORED_MAX_SQL } from "./scored-max-sql";

/**
 * Sets attempt $1's score to the sum of its responses' points (a person's grade wins over the automatic one)
 * and maxScore to the points of the questions that count (SCORED_MAX_SQL). One statement, run inside the caller's transaction.
 */
export const RECOMPUTE_SCORE_SQL = `
  UPDATE "Attempt" a SET
    "score" = COALESCE((SELECT SUM(COALESCE(r."manualScore", r."autoScore", 0)) FROM "Response" r WHERE r."attemptId" = a."id"), 0),
    "maxScore" = ${SCORED_MAX_SQL}
  WHERE a."id" = $1`;

/** Recomputes the attempt's score and queues it for the LMS gradebook, when the attempt came from one. */
export async function recomputeAttemptScore(tx: Tx, attemptId: string): Promise<void> {
  await tx.$executeRawUnsafe(RECOMPUTE_SCORE_SQL, attemptId);
  await enqueueLtiScores(tx, [attemptId]);
}
