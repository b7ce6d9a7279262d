import "server-only";
import type { Summary } from "@/lib/live/types";
import type { Tx } from "../db";

/**
 * The end-of-session summary, computed in PostgreSQL over the session's open attempts (before they are
 * submitted): per question asked how many answered, how many got full marks, and the mean score; the class
 * average is over the questions asked only.
 */
export async function summarizeLiveSession(
  tx: Tx,
  assignmentId: string,
  setId: string,
  /** questions asked, in the set's order: the rest were never played and are left out */
  played: number,
): Promise<Summary> {
  const rows = await tx.$queryRaw<
    { index: number; prompt: string; answered: number; correct: number; averagePercent: number | null }[]
  >`
    WITH q AS (
      SELECT "id", "prompt", "points", (row_number() OVER (ORDER BY "position", "id") - 1)::int AS "index"
      FROM "Question" WHERE "setId" = ${setId}
    ), r AS (
      SELECT r."questionId", r."autoScore", r."manualScore"
      FROM "Response" r JOIN "Attempt" a ON a."id" = r."attemptId"
      WHERE a."assignmentId" = ${assignmentId} AND a."submittedAt" IS NULL
    )
    SELECT q."index", q."prompt",
      count(r."questionId")::int AS "answered",
      count(*) FILTER (WHERE COALESCE(r."manualScore", r."autoScore") >= q."points")::int AS "correct",
      (avg(COALESCE(r."manualScore", r."autoScore") / NULLIF(q."points", 0)) * 100)::float8 AS "averagePercent"
    FROM q LEFT JOIN r ON r."questionId" = q."id"
    WHERE q."index" < ${played}
    GROUP BY q."index", q."prompt"
    ORDER BY q."index"`;
  const [totals] = await tx.$queryRaw<{ participants: number; averagePercent: number | null }[]>`
    SELECT count(*)::int AS "participants",
      (avg(s."score" / NULLIF(s."max", 0)) * 100)::float8 AS "averagePercent"
    FROM (
      SELECT a."id",
        COALESCE((SELECT sum(COALESCE(r."manualScore", r."autoScore", 0)) FROM "Response" r WHERE r."attemptId" = a."id"), 0) AS "score",
        (SELECT sum(q."points") FROM (
          SELECT "points", row_number() OVER (ORDER BY "position", "id") - 1 AS "index" FROM "Question" WHERE "setId" = ${setId}
        ) q WHERE q."index" < ${played}) AS "max"
      FROM "Attempt" a WHERE a."assignmentId" = ${assignmentId} AND a."submittedAt" IS NULL
    ) s`;
  return { participants: totals?.participants ?? 0, averagePercent: totals?.averagePercent ?? null, questions: rows };
}
