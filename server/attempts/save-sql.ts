// The autosave's SQL, apart from its code so that `npm run bench` can send exactly these statements through
// plain pg for its ceiling figure. No "server-only" here for that reason: it is only strings.

// A save that left the browser just before the time ran out still counts: network latency is not the student's fault.
export const TIME_LIMIT_GRACE_MS = 30_000;

// The attempt, its assignment's window and the question, readable only by the attempt's own enrolled student.
// Prisma stores UTC in timestamp-without-time-zone columns; AT TIME ZONE 'UTC' makes pg read them as UTC
// whatever the server's own time zone is. "open" mirrors closedReason/timeIsUp in assignment-window.ts. The
// window is the student's own: an extension's closing time and extra minutes apply (forStudent there).
const CLOSES = `COALESCE(x."closesAt", s."closesAt")`;
const LIMIT = `(s."timeLimitMinutes" + COALESCE(x."extraMinutes", 0))`;
export const context = (p: { attempt: string; question: string; version: string; user: string }) => `
  SELECT a."id", a."submittedAt" AT TIME ZONE 'UTC' AS "submittedAt", a."startedAt" AT TIME ZONE 'UTC' AS "startedAt",
         s."opensAt" AT TIME ZONE 'UTC' AS "opensAt", ${CLOSES} AT TIME ZONE 'UTC' AS "closesAt", ${LIMIT} AS "timeLimitMinutes",
         q."updatedAt"::text = ${p.version} AS "fresh",
         a."submittedAt" IS NULL
           AND (s."opensAt" IS NULL OR s."opensAt" <= now() AT TIME ZONE 'UTC')
           AND (${CLOSES} IS NULL OR ${CLOSES} > now() AT TIME ZONE 'UTC')
           AND (s."timeLimitMinutes" IS NULL
                OR LEAST(a."startedAt" + ${LIMIT} * interval '1 minute', ${CLOSES}) + interval '${TIME_LIMIT_GRACE_MS} milliseconds' >= now() AT TIME ZONE 'UTC') AS "open"
  FROM "Attempt" a
  JOIN "Assignment" s ON s."id" = a."assignmentId"
  JOIN "Question" q ON q."setId" = s."setId" AND q."id" = ${p.question}
  LEFT JOIN "AssignmentExtension" x ON x."assignmentId" = s."id" AND x."studentId" = a."studentId"
  WHERE a."id" = ${p.attempt} AND a."studentId" = ${p.user}
    AND EXISTS (SELECT 1 FROM "Enrollment" e WHERE e."classId" = s."classId" AND e."userId" = ${p.user})`;
export const CONTEXT = context({ attempt: "$1", question: "$2", version: "$3", user: "$4" });

// The whole autosave in one statement: check (as CONTEXT), then write only if the attempt is the student's,
// open, unsubmitted, the question is unchanged since it was graded here, and clientSeq is newer than what is
// stored. FOR SHARE on the attempt row orders it against a concurrent submit (which updates that row).
export const SAVE = `
  WITH ctx AS (${context({ attempt: "$1", question: "$3", version: "$8", user: "$9" })} FOR SHARE OF a),
  w AS (
    INSERT INTO "Response" ("id", "attemptId", "questionId", "answer", "stance", "clientSeq", "autoScore", "updatedAt")
    SELECT $2::text, ctx."id", $3::text, $4::jsonb, $5::text, $6::int, $7::float8, now() FROM ctx WHERE ctx."open" AND ctx."fresh"
    ON CONFLICT ("attemptId", "questionId") DO UPDATE
      SET "answer" = EXCLUDED."answer", "stance" = EXCLUDED."stance", "clientSeq" = EXCLUDED."clientSeq", "autoScore" = EXCLUDED."autoScore", "updatedAt" = now()
      WHERE "Response"."clientSeq" < EXCLUDED."clientSeq"
    RETURNING "id", "clientSeq"
  )
  SELECT ctx.*, w."id" AS "writtenId", w."clientSeq" AS "writtenSeq" FROM ctx LEFT JOIN w ON true`;

// The debate upsert: the attempt lock and clientSeq guard of SAVE, with the checks done just before.
export const UPSERT = `
  WITH att AS (SELECT "id" FROM "Attempt" WHERE "id" = $1 AND "submittedAt" IS NULL FOR SHARE)
  INSERT INTO "Response" ("id", "attemptId", "questionId", "answer", "stance", "clientSeq", "autoScore", "updatedAt")
  SELECT $2::text, att."id", $3::text, $4::jsonb, $5::text, $6::int, $7::float8, now() FROM att
  ON CONFLICT ("attemptId", "questionId") DO UPDATE
    SET "answer" = EXCLUDED."answer", "stance" = EXCLUDED."stance", "clientSeq" = EXCLUDED."clientSeq", "autoScore" = EXCLUDED."autoScore", "updatedAt" = now()
    WHERE "Response"."clientSeq" < EXCLUDED."clientSeq"
  RETURNING "id", "clientSeq"`;
