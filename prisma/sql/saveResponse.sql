-- The whole autosave in one statement (server/autosave/save-response.ts). Check, then write only if the attempt
-- is the student's, the student is enrolled, the question belongs to the assigned set and is unchanged since it
-- was cached ($8), the attempt is open, and clientSeq is newer than the stored one. With $11 = false it only
-- checks (the slow paths: a refused answer, a debate answer). FOR SHARE on the attempt row orders it against a
-- concurrent submit, which updates that row.
-- "open" is the rule of closedReason/timeIsUp in server/attempts/assignment-window.ts, on the student's own
-- window (forStudent there: an extension's closing time and extra minutes); the grace period comes from there
-- as $10. tests/integration/autosave-window.test.ts runs both over one table of windows.
-- Prisma stores UTC in timestamp-without-time-zone columns: comparing with now() AT TIME ZONE 'UTC' and
-- returning timestamptz keeps it right whatever the server's own time zone is.
-- $1 attemptId, $2 new response id, $3 questionId, $4 answer (JSON text), $5 stance, $6 clientSeq,
-- $7 autoScore, $8 question version, $9 userId, $10 grace (ms), $11 write, $12 the session token's version
-- "sessionCurrent": the token was not signed out since it was made (isSessionCurrent's rule, read here so that
-- a save costs one statement, not a second read of the user row); nothing is written without it.
WITH ctx AS (
  SELECT a."id", a."submittedAt" AT TIME ZONE 'UTC' AS "submittedAt", a."startedAt" AT TIME ZONE 'UTC' AS "startedAt",
         s."opensAt" AT TIME ZONE 'UTC' AS "opensAt", w."closesAt" AT TIME ZONE 'UTC' AS "closesAt", w."timeLimitMinutes",
         q."updatedAt"::text = $8::text AS "fresh",
         u."sessionVersion" = $12::int AS "sessionCurrent",
         a."submittedAt" IS NULL
           AND (s."opensAt" IS NULL OR s."opensAt" <= n."now")
           AND (w."closesAt" IS NULL OR w."closesAt" > n."now")
           -- A limit of 0 minutes is no limit, as in attemptDeadline.
           AND (COALESCE(w."timeLimitMinutes", 0) = 0
                OR LEAST(a."startedAt" + w."timeLimitMinutes" * interval '1 minute', w."closesAt") + $10::int * interval '1 millisecond' >= n."now") AS "open"
  FROM "Attempt" a
  JOIN "User" u ON u."id" = a."studentId"
  JOIN "Assignment" s ON s."id" = a."assignmentId"
  JOIN "Question" q ON q."setId" = s."setId" AND q."id" = $3::text
  LEFT JOIN "AssignmentExtension" x ON x."assignmentId" = s."id" AND x."studentId" = a."studentId"
  CROSS JOIN LATERAL (SELECT COALESCE(x."closesAt", s."closesAt") AS "closesAt", s."timeLimitMinutes" + COALESCE(x."extraMinutes", 0) AS "timeLimitMinutes") w
  CROSS JOIN (SELECT now() AT TIME ZONE 'UTC' AS "now") n
  WHERE a."id" = $1::text AND a."studentId" = $9::text
    AND EXISTS (SELECT 1 FROM "Enrollment" e WHERE e."classId" = s."classId" AND e."userId" = $9::text)
  FOR SHARE OF a
),
written AS (
  INSERT INTO "Response" ("id", "attemptId", "questionId", "answer", "stance", "clientSeq", "autoScore", "updatedAt")
  SELECT $2::text, ctx."id", $3::text, $4::jsonb, $5::text, $6::int, $7::float8, now() FROM ctx WHERE $11::boolean AND ctx."open" AND ctx."fresh" AND ctx."sessionCurrent"
  ON CONFLICT ("attemptId", "questionId") DO UPDATE
    SET "answer" = EXCLUDED."answer", "stance" = EXCLUDED."stance", "clientSeq" = EXCLUDED."clientSeq", "autoScore" = EXCLUDED."autoScore", "updatedAt" = now()
    WHERE "Response"."clientSeq" < EXCLUDED."clientSeq"
  RETURNING "id", "clientSeq"
)
SELECT ctx.*, written."id" AS "writtenId", written."clientSeq" AS "writtenSeq" FROM ctx LEFT JOIN written ON true
