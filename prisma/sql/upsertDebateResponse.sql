-- The debate answer's upsert (server/autosave/save-debate.ts), run in the transaction that also replaces its
-- citations, after saveResponse.sql checked the attempt (with $11 = false): the attempt lock and the clientSeq
-- guard of saveResponse.sql.
-- $1 attemptId, $2 new response id, $3 questionId, $4 answer (JSON text), $5 stance, $6 clientSeq, $7 autoScore
WITH att AS (SELECT "id" FROM "Attempt" WHERE "id" = $1::text AND "submittedAt" IS NULL FOR SHARE)
INSERT INTO "Response" ("id", "attemptId", "questionId", "answer", "stance", "clientSeq", "autoScore", "updatedAt")
SELECT $2::text, att."id", $3::text, $4::jsonb, $5::text, $6::int, $7::float8, now() FROM att
ON CONFLICT ("attemptId", "questionId") DO UPDATE
  SET "answer" = EXCLUDED."answer", "stance" = EXCLUDED."stance", "clientSeq" = EXCLUDED."clientSeq", "autoScore" = EXCLUDED."autoScore", "updatedAt" = now()
  WHERE "Response"."clientSeq" < EXCLUDED."clientSeq"
RETURNING "id", "clientSeq"
