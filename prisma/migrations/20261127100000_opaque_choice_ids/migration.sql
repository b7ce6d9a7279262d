-- Issue 14: choice and ordering-item ids were letters in authored order, and the built-in sets wrote every key
-- first, so a student answering "a" everywhere scored full marks. The built-in sets now use opaque ids
-- (content/question-sets/format.ts); this migration moves stored questions and the answers given to them onto
-- new ids, so every response keeps pointing at the same choice and grades the same:
--   * built-in questions get the ids the seed will write (listed below, one row per set, position and letter;
--     the seed then re-orders their choices, which needs no regrade because the key is unchanged);
--   * any other question whose ids are all single letters (copies of built-in sets, GIFT and Aiken imports,
--     drafts) gets random ids; copies of a built-in question (same type and prompt) are also re-ordered by their
--     new ids, since their stored order is the built-in's key-first one.
-- Content, answer key and Response.answer (live answers are Response rows too) are rewritten in one pass.
-- Idempotent: a second run finds no letter ids.

CREATE TEMP TABLE "_builtin_choice_ids" ("setKey" text, "position" int, "old" text, "new" text);
INSERT INTO "_builtin_choice_ids" VALUES
  ('builtin:russia-taliban-engagement', 0, 'a', 'c15f715604'),
  ('builtin:russia-taliban-engagement', 0, 'b', 'c64c49eae3'),
  ('builtin:russia-taliban-engagement', 0, 'c', 'cade845c00'),
  ('builtin:russia-taliban-engagement', 0, 'd', 'c66216cf28'),
  ('builtin:russia-taliban-engagement', 1, 'a', 'cc67ce678f'),
  ('builtin:russia-taliban-engagement', 1, 'b', 'cc975d85d7'),
  ('builtin:russia-taliban-engagement', 1, 'c', 'c9aeb93029'),
  ('builtin:russia-taliban-engagement', 1, 'd', 'ceb2c8696c'),
  ('builtin:russia-taliban-engagement', 4, 'a', 'c43d6ab8cf'),
  ('builtin:russia-taliban-engagement', 4, 'b', 'cfae83b6c5'),
  ('builtin:russia-taliban-engagement', 4, 'c', 'c0aceb251a'),
  ('builtin:russia-taliban-engagement', 4, 'd', 'c1f1643280'),
  ('builtin:russia-taliban-engagement', 4, 'e', 'c558eb071a'),
  ('builtin:russia-taliban-engagement', 6, 'a', 'c50863e1f4'),
  ('builtin:russia-taliban-engagement', 6, 'b', 'c5a3f62766'),
  ('builtin:russia-taliban-engagement', 6, 'c', 'c28d8ea017'),
  ('builtin:russia-taliban-engagement', 6, 'd', 'c5f395bbf0'),
  ('builtin:russia-taliban-engagement', 10, 'a', 'cf23d90770'),
  ('builtin:russia-taliban-engagement', 10, 'b', 'c7ccb7ba30'),
  ('builtin:russia-taliban-engagement', 10, 'c', 'cd19dfd1b6'),
  ('builtin:russia-taliban-engagement', 10, 'd', 'c0eb06b7e6'),
  ('builtin:russia-taliban-engagement', 10, 'e', 'c9245ad2c1'),
  ('builtin:russia-taliban-engagement', 11, 'a', 'cf4a2a3a98'),
  ('builtin:russia-taliban-engagement', 11, 'b', 'c491e258b5'),
  ('builtin:russia-taliban-engagement', 11, 'c', 'c33ee387b7'),
  ('builtin:russia-taliban-engagement', 11, 'd', 'cffb91c3b8'),
  ('builtin:russia-taliban-engagement', 14, 'a', 'ce1b030593'),
  ('builtin:russia-taliban-engagement', 14, 'b', 'c70102a2b5'),
  ('builtin:russia-taliban-engagement', 14, 'c', 'ca3ff6c25d'),
  ('builtin:russia-taliban-engagement', 14, 'd', 'c617082d41'),
  ('builtin:russia-taliban-engagement', 15, 'a', 'c2eb8b38da'),
  ('builtin:russia-taliban-engagement', 15, 'b', 'c3ff2ee8fd'),
  ('builtin:russia-taliban-engagement', 15, 'c', 'c8383cdf41'),
  ('builtin:russia-taliban-engagement', 15, 'd', 'cdee1e7419'),
  ('builtin:russia-taliban-engagement', 15, 'e', 'ccd8a1e43e'),
  ('builtin:russia-taliban-engagement', 19, 'a', 'c1cca8ab42'),
  ('builtin:russia-taliban-engagement', 19, 'b', 'c9dc5e508f'),
  ('builtin:russia-taliban-engagement', 19, 'c', 'cdd85d94fc'),
  ('builtin:russia-taliban-engagement', 19, 'd', 'c940efb398'),
  ('builtin:russia-taliban-engagement', 19, 'e', 'c2a9f3b552'),
  ('builtin:moscows-geopolitical-gamble', 0, 'a', 'c2c6fc8869'),
  ('builtin:moscows-geopolitical-gamble', 0, 'b', 'cdc963c54f'),
  ('builtin:moscows-geopolitical-gamble', 0, 'c', 'ce190b4505'),
  ('builtin:moscows-geopolitical-gamble', 0, 'd', 'cf82f61d74'),
  ('builtin:moscows-geopolitical-gamble', 2, 'a', 'cd648ea4b3'),
  ('builtin:moscows-geopolitical-gamble', 2, 'b', 'c796d68402'),
  ('builtin:moscows-geopolitical-gamble', 2, 'c', 'c89f14f833'),
  ('builtin:moscows-geopolitical-gamble', 2, 'd', 'c41e74c52a'),
  ('builtin:moscows-geopolitical-gamble', 2, 'e', 'c6151536a2'),
  ('builtin:moscows-geopolitical-gamble', 3, 'a', 'c069246daa'),
  ('builtin:moscows-geopolitical-gamble', 3, 'b', 'c011feb6ec'),
  ('builtin:moscows-geopolitical-gamble', 3, 'c', 'c4d0ff5141'),
  ('builtin:moscows-geopolitical-gamble', 3, 'd', 'ca46cbfbe9'),
  ('builtin:moscows-geopolitical-gamble', 6, 'a', 'cd4dfe8904'),
  ('builtin:moscows-geopolitical-gamble', 6, 'b', 'c19e95d133'),
  ('builtin:moscows-geopolitical-gamble', 6, 'c', 'c633eab4be'),
  ('builtin:moscows-geopolitical-gamble', 6, 'd', 'c0003f8ade'),
  ('builtin:moscows-geopolitical-gamble', 9, 'a', 'cbcbc864c6'),
  ('builtin:moscows-geopolitical-gamble', 9, 'b', 'c773e7aef5'),
  ('builtin:moscows-geopolitical-gamble', 9, 'c', 'cd2a508993'),
  ('builtin:moscows-geopolitical-gamble', 9, 'd', 'c394807826'),
  ('builtin:moscows-geopolitical-gamble', 11, 'a', 'c29f322b55'),
  ('builtin:moscows-geopolitical-gamble', 11, 'b', 'c0d1b8ceda'),
  ('builtin:moscows-geopolitical-gamble', 11, 'c', 'ce4d98e9f6'),
  ('builtin:moscows-geopolitical-gamble', 11, 'd', 'cc4ecc55ed'),
  ('builtin:moscows-geopolitical-gamble', 11, 'e', 'c726e99ee6'),
  ('builtin:moscows-geopolitical-gamble', 12, 'a', 'c69415ee07'),
  ('builtin:moscows-geopolitical-gamble', 12, 'b', 'cf3caefff2'),
  ('builtin:moscows-geopolitical-gamble', 12, 'c', 'cc4131c3d6'),
  ('builtin:moscows-geopolitical-gamble', 12, 'd', 'cbc6ecaa68'),
  ('builtin:moscows-geopolitical-gamble', 12, 'e', 'c801050123'),
  ('builtin:moscows-geopolitical-gamble', 15, 'a', 'ca0b178519'),
  ('builtin:moscows-geopolitical-gamble', 15, 'b', 'cc31b3aac0'),
  ('builtin:moscows-geopolitical-gamble', 15, 'c', 'c2b3afe11c'),
  ('builtin:moscows-geopolitical-gamble', 15, 'd', 'c0fb43e609'),
  ('builtin:comparison', 6, 'a', 'c7e032dd0f'),
  ('builtin:comparison', 6, 'b', 'c98f60492f'),
  ('builtin:comparison', 6, 'c', 'c19c18baaf'),
  ('builtin:comparison', 6, 'd', 'cad28b72f8'),
  ('builtin:comparison', 6, 'e', 'c1e9d357bf'),
  ('builtin:comparison', 10, 'a', 'c32a96c16c'),
  ('builtin:comparison', 10, 'b', 'c9f195d904'),
  ('builtin:comparison', 10, 'c', 'cba677b371'),
  ('builtin:comparison', 10, 'd', 'c272b8bdb3'),
  ('builtin:comparison', 11, 'a', 'cbb0a63045'),
  ('builtin:comparison', 11, 'b', 'c385a573f2'),
  ('builtin:comparison', 11, 'c', 'c74ced8c91'),
  ('builtin:comparison', 11, 'd', 'c9016ebb39'),
  ('builtin:comparison', 11, 'e', 'c9c092cfd4'),
  ('builtin:comparison', 12, 'a', 'ca4177854f'),
  ('builtin:comparison', 12, 'b', 'c13843868b'),
  ('builtin:comparison', 12, 'c', 'c18afe3b43'),
  ('builtin:comparison', 12, 'd', 'cb31c675c2')
;

-- Questions whose choice (or item) ids are all single letters, with the list's JSON key.
CREATE TEMP TABLE "_lettered" AS
SELECT q."id", q."type", q."position", s."builtInKey",
       CASE WHEN q."type" = 'ORDERING' THEN 'items' ELSE 'choices' END AS "field",
       (s."builtInKey" IS NULL AND EXISTS (
          SELECT 1 FROM "Question" b JOIN "QuestionSet" bs ON bs."id" = b."setId"
          WHERE bs."builtInKey" IS NOT NULL AND b."type" = q."type" AND b."prompt" = q."prompt")) AS "copy"
FROM "Question" q JOIN "QuestionSet" s ON s."id" = q."setId"
WHERE q."type" IN ('SINGLE_CHOICE', 'MULTIPLE_SELECT', 'ORDERING')
  AND jsonb_typeof(q."content" -> (CASE WHEN q."type" = 'ORDERING' THEN 'items' ELSE 'choices' END)) = 'array'
  AND jsonb_array_length(q."content" -> (CASE WHEN q."type" = 'ORDERING' THEN 'items' ELSE 'choices' END)) > 0
  AND NOT EXISTS (
    SELECT 1 FROM jsonb_array_elements(q."content" -> (CASE WHEN q."type" = 'ORDERING' THEN 'items' ELSE 'choices' END)) e
    WHERE NOT (e ->> 'id' ~ '^[a-j]$'));

CREATE TEMP TABLE "_choice_map" AS
SELECT l."id" AS "questionId", e.value ->> 'id' AS "old",
       COALESCE(b."new", 'c' || substr(md5(gen_random_uuid()::text), 1, 9)) AS "new",
       e.ordinality AS "shown", l."copy"
FROM "_lettered" l
JOIN "Question" q ON q."id" = l."id"
CROSS JOIN LATERAL jsonb_array_elements(q."content" -> l."field") WITH ORDINALITY e
LEFT JOIN "_builtin_choice_ids" b
  ON b."setKey" = l."builtInKey" AND b."position" = l."position" AND b."old" = e.value ->> 'id';

-- A built-in question the list does not know (answered questions the content has since dropped) keeps its
-- letters rather than getting ids the seed would not recognise; it is no longer in the content anyway.
DELETE FROM "_choice_map" m USING "_lettered" l
WHERE m."questionId" = l."id" AND l."builtInKey" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "_builtin_choice_ids" b WHERE b."setKey" = l."builtInKey" AND b."position" = l."position");

CREATE FUNCTION pg_temp.remap_one(qid text, v jsonb) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT COALESCE((SELECT to_jsonb(m."new") FROM "_choice_map" m WHERE m."questionId" = qid AND m."old" = v #>> '{}'), v)
$$;
CREATE FUNCTION pg_temp.remap_many(qid text, v jsonb) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN jsonb_typeof(v) = 'array'
    THEN COALESCE((SELECT jsonb_agg(pg_temp.remap_one(qid, x) ORDER BY o) FROM jsonb_array_elements(v) WITH ORDINALITY t(x, o)), '[]'::jsonb)
    ELSE v END
$$;

UPDATE "Question" q SET
  "content" = jsonb_set(q."content", ARRAY[l."field"], (
    SELECT jsonb_agg(jsonb_set(e.value, '{id}', to_jsonb(m."new")) ORDER BY CASE WHEN m."copy" THEN m."new" END, m."shown")
    FROM jsonb_array_elements(q."content" -> l."field") WITH ORDINALITY e
    JOIN "_choice_map" m ON m."questionId" = q."id" AND m."old" = e.value ->> 'id')),
  "answerKey" = CASE
    WHEN q."type" = 'SINGLE_CHOICE' AND q."answerKey" ? 'correct'
      THEN jsonb_set(q."answerKey", '{correct}', pg_temp.remap_one(q."id", q."answerKey" -> 'correct'))
    WHEN q."type" = 'MULTIPLE_SELECT' AND q."answerKey" ? 'correct'
      THEN jsonb_set(q."answerKey", '{correct}', pg_temp.remap_many(q."id", q."answerKey" -> 'correct'))
    WHEN q."type" = 'ORDERING' AND q."answerKey" ? 'order'
      THEN jsonb_set(q."answerKey", '{order}', pg_temp.remap_many(q."id", q."answerKey" -> 'order'))
    ELSE q."answerKey" END
FROM "_lettered" l
WHERE l."id" = q."id" AND EXISTS (SELECT 1 FROM "_choice_map" m WHERE m."questionId" = q."id");

UPDATE "Response" r SET "answer" = CASE
    WHEN q."type" = 'SINGLE_CHOICE' AND r."answer" ? 'choiceId'
      THEN jsonb_set(r."answer", '{choiceId}', pg_temp.remap_one(q."id", r."answer" -> 'choiceId'))
    WHEN q."type" = 'MULTIPLE_SELECT' AND r."answer" ? 'choiceIds'
      THEN jsonb_set(r."answer", '{choiceIds}', pg_temp.remap_many(q."id", r."answer" -> 'choiceIds'))
    WHEN q."type" = 'ORDERING' AND r."answer" ? 'order'
      THEN jsonb_set(r."answer", '{order}', pg_temp.remap_many(q."id", r."answer" -> 'order'))
    ELSE r."answer" END
FROM "Question" q
WHERE q."id" = r."questionId" AND jsonb_typeof(r."answer") = 'object'
  AND EXISTS (SELECT 1 FROM "_choice_map" m WHERE m."questionId" = q."id");

DROP FUNCTION pg_temp.remap_many(text, jsonb);
DROP FUNCTION pg_temp.remap_one(text, jsonb);
DROP TABLE "_choice_map";
DROP TABLE "_lettered";
DROP TABLE "_builtin_choice_ids";
