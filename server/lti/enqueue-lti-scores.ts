import "server-only";
import type { Tx } from "../db";

// AGS 2.0 §3.4 (Score publish service). Per score: the student's latest submitted attempt on an assignment that an
// LTI link with a line item points at. Questions a person grades (short answers, debates) without a grade yet make
// it PendingManual. A new version is written only when what the LMS would show changed, so repeating a grade (or a
// regrade that moves nothing) sends nothing. The caller has just updated the attempt row, which holds its lock to
// the end of the transaction: two transactions scoring one attempt take their versions one after the other.
const ENQUEUE = `
  INSERT INTO "LtiScoreOutbox" ("id", "attemptId", "resourceLinkId", "platformId", "userSub", "lineItemUrl", "version",
    "scoreGiven", "scoreMaximum", "comment", "activityProgress", "gradingProgress", "timestamp", "nextAttemptAt")
  SELECT 'lsc' || replace(gen_random_uuid()::text, '-', ''), t."attemptId", t."resourceLinkId", t."platformId", t."userSub",
    t."lineItemUrl", COALESCE(prev."version", 0) + 1, t."scoreGiven", t."scoreMaximum", t."comment", t."activityProgress",
    t."gradingProgress", clock_timestamp() AT TIME ZONE 'UTC', clock_timestamp() AT TIME ZONE 'UTC'
  FROM (
    SELECT a."id" AS "attemptId", rl."id" AS "resourceLinkId", rl."platformId", ul."sub" AS "userSub", rl."lineItemUrl",
      CASE WHEN a."maxScore" > 0 THEN a."score" END AS "scoreGiven",
      CASE WHEN a."maxScore" > 0 THEN a."maxScore" END AS "scoreMaximum",
      (SELECT left(string_agg(r."feedback", E'\\n\\n' ORDER BY q."position", q."id"), 4000)
         FROM "Response" r JOIN "Question" q ON q."id" = r."questionId"
         WHERE r."attemptId" = a."id" AND r."feedback" IS NOT NULL AND r."feedback" <> '') AS "comment",
      CASE WHEN s."attemptsAllowed" > 0 AND a."number" < s."attemptsAllowed" THEN 'Submitted' ELSE 'Completed' END
        AS "activityProgress",
      CASE WHEN EXISTS (
        SELECT 1 FROM "Response" r JOIN "Question" q ON q."id" = r."questionId"
        WHERE r."attemptId" = a."id" AND q."type" IN ('SHORT_ANSWER', 'DEBATE') AND r."manualScore" IS NULL
      ) THEN 'PendingManual' ELSE 'FullyGraded' END AS "gradingProgress"
    FROM "Attempt" a
    JOIN "Assignment" s ON s."id" = a."assignmentId"
    JOIN "LtiResourceLink" rl ON rl."assignmentId" = a."assignmentId" AND rl."lineItemUrl" IS NOT NULL
    JOIN "LtiUserLink" ul ON ul."userId" = a."studentId" AND ul."platformId" = rl."platformId"
    JOIN "LtiPlatform" p ON p."id" = rl."platformId" AND p."enabled"
    WHERE a."id" = ANY($1::text[]) AND a."submittedAt" IS NOT NULL
      AND NOT EXISTS (
        SELECT 1 FROM "Attempt" b WHERE b."assignmentId" = a."assignmentId" AND b."studentId" = a."studentId"
          AND b."submittedAt" IS NOT NULL AND b."number" > a."number")
  ) t
  LEFT JOIN LATERAL (
    SELECT o."version", o."scoreGiven", o."scoreMaximum", o."comment", o."activityProgress", o."gradingProgress"
    FROM "LtiScoreOutbox" o WHERE o."attemptId" = t."attemptId" AND o."resourceLinkId" = t."resourceLinkId"
    ORDER BY o."version" DESC LIMIT 1
  ) prev ON true
  WHERE prev."version" IS NULL
     OR (prev."scoreGiven", prev."scoreMaximum", prev."comment", prev."activityProgress", prev."gradingProgress")
        IS DISTINCT FROM (t."scoreGiven", t."scoreMaximum", t."comment", t."activityProgress", t."gradingProgress")
  ON CONFLICT ("attemptId", "resourceLinkId", "version") DO NOTHING`;

// A score not yet sent that a newer one for the same student and line item replaces (a regrade, a second attempt)
// is never sent: the newer one carries the whole state.
const SUPERSEDE = `
  UPDATE "LtiScoreOutbox" o SET "status" = 'SUPERSEDED'
  WHERE o."status" IN ('PENDING', 'FAILED')
    AND o."resourceLinkId" IN (SELECT n."resourceLinkId" FROM "LtiScoreOutbox" n WHERE n."attemptId" = ANY($1::text[]))
    AND EXISTS (
      SELECT 1 FROM "LtiScoreOutbox" n
      WHERE n."resourceLinkId" = o."resourceLinkId" AND n."userSub" = o."userSub" AND n."timestamp" > o."timestamp")`;

/** The two statements, for the submit's plain pg transaction (server/attempts/submit-attempt.ts). */
export const ENQUEUE_LTI_SCORES_SQL = [ENQUEUE, SUPERSEDE] as const;

/**
 * Writes the scores the LMS gradebooks should now show for these attempts into the outbox, inside the caller's
 * transaction (the one that changed the scores): the score is queued exactly when the change commits. Sending is
 * deliverLtiScores' job. Returns how many scores were queued.
 */
export async function enqueueLtiScores(tx: Tx, attemptIds: string[]): Promise<number> {
  if (attemptIds.length === 0) return 0;
  const queued = await tx.$executeRawUnsafe(ENQUEUE, attemptIds);
  if (queued > 0) await tx.$executeRawUnsafe(SUPERSEDE, attemptIds);
  return queued;
}
