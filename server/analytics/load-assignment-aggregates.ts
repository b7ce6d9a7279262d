import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { Db } from "../db";
import { RESPONSE_SCORE, analysedAttemptsCte } from "./analysed-attempts";

export type AttemptRow = {
  attemptId: string;
  studentId: string;
  name: string;
  email: string;
  score: number | null;
  maxScore: number | null;
  seconds: number;
  submittedAt: Date;
  /** marks per question in the set's order; an unanswered or ungraded question counts 0 */
  marks: number[];
};
export type QuestionAggRow = {
  questionId: string;
  responses: number;
  correct: number;
  ungraded: number;
  sumScore: number;
};
export type OptionAggRow = { questionId: string; option: string; count: number; meanTotal: number | null };
export type WrongTextRow = { questionId: string; text: string; count: number };
const OPTION_TYPES = new Set(["SINGLE_CHOICE", "MULTIPLE_SELECT", "TRUE_FALSE", "ATTRIBUTION", "EVIDENCE", "DEBATE"]);

export type CitationAggRow = { passageId: string; postCitations: number; responseCitations: number };

/**
 * Everything the assignment report needs, aggregated in PostgreSQL in five queries run side by side:
 * per-attempt marks as the attempt × question matrix (array_agg, one row per attempt), per-question
 * sums, per-option counts with the mean total of the students who chose each option, the most common wrong
 * typed answers, and citation counts per passage. No query returns one row per response.
 */
export async function loadAssignmentAggregates({
  assignmentId,
  classId,
  questions: setQuestions,
  from: db,
}: {
  assignmentId: string;
  classId: string;
  /** the set's questions in order: their index is the matrix column */
  questions: { id: string; type: string }[];
  /** analyticsDb(): the caller's, so one report reads one database */
  from: Db;
}) {
  const cte = analysedAttemptsCte(assignmentId, classId);
  const ids = setQuestions.map((q) => q.id);
  const clozeIds = setQuestions.filter((q) => q.type === "CLOZE").map((q) => q.id);

  // Unordered array_agg lets PostgreSQL hash-aggregate (no sort of every response); the column of each
  // mark travels beside it as the question's 1-based index in the set.
  const attemptRows = db.$queryRaw<
    (Omit<AttemptRow, "marks"> & { cols: (number | null)[] | null; vals: number[] | null })[]
  >(Prisma.sql`
    WITH ${cte}, m AS (
      SELECT r."attemptId", array_agg(array_position(${ids}::text[], r."questionId")) AS "cols", array_agg(COALESCE(${RESPONSE_SCORE}, 0)::float8) AS "vals"
      FROM analysed t JOIN "Response" r ON r."attemptId" = t."id"
      GROUP BY r."attemptId"
    )
    SELECT t."id" AS "attemptId", t."studentId", u."name", u."email", t."score", t."maxScore", t."submittedAt",
      GREATEST(0, EXTRACT(EPOCH FROM (t."submittedAt" - t."startedAt")))::float8 AS "seconds", m."cols", m."vals"
    FROM analysed t
    JOIN "User" u ON u."id" = t."studentId"
    LEFT JOIN m ON m."attemptId" = t."id"
    ORDER BY u."name", u."email", t."id"`);
  const attempts = attemptRows.then((rows) =>
    rows.map(({ cols, vals, ...r }) => {
      // an unanswered question counts 0 marks, as in Moodle; a response to a question since removed is skipped
      const marks = new Array<number>(ids.length).fill(0);
      (cols ?? []).forEach((c, i) => {
        if (c !== null) marks[c - 1] = vals![i]!;
      });
      return { ...r, marks };
    }),
  );

  const questions = db.$queryRaw<QuestionAggRow[]>(Prisma.sql`
    WITH ${cte}
    SELECT r."questionId",
      COUNT(*)::int AS "responses",
      COUNT(*) FILTER (WHERE ${RESPONSE_SCORE} >= q."points" - 1e-9)::int AS "correct",
      COUNT(*) FILTER (WHERE ${RESPONSE_SCORE} IS NULL)::int AS "ungraded",
      COALESCE(SUM(${RESPONSE_SCORE}), 0)::float8 AS "sumScore"
    FROM analysed t
    JOIN "Response" r ON r."attemptId" = t."id"
    JOIN "Question" q ON q."id" = r."questionId"
    GROUP BY r."questionId"`);

  // The option each answer picked (each answer shape has exactly one of these keys: choiceId, value,
  // essaySlug, passageId, stanceId); a multiple-select answer counts once per ticked choice. The mean total
  // of the students choosing an option is their attempt's score. Only questions with options are scanned.
  const singleIds = setQuestions
    .filter((q) => OPTION_TYPES.has(q.type) && q.type !== "MULTIPLE_SELECT")
    .map((q) => q.id);
  const multiIds = setQuestions.filter((q) => q.type === "MULTIPLE_SELECT").map((q) => q.id);
  const options =
    singleIds.length + multiIds.length === 0
      ? Promise.resolve([])
      : db.$queryRaw<OptionAggRow[]>(Prisma.sql`
    WITH ${cte}
    SELECT r."questionId",
      COALESCE(r."answer"->>'choiceId', r."answer"->>'value', r."answer"->>'essaySlug', r."answer"->>'passageId', r."answer"->>'stanceId') AS "option",
      COUNT(*)::int AS "count", AVG(t."score")::float8 AS "meanTotal"
    FROM analysed t JOIN "Response" r ON r."attemptId" = t."id" AND r."questionId" = ANY(${singleIds}::text[])
    GROUP BY 1, 2
    UNION ALL
    SELECT r."questionId", o.opt, COUNT(*)::int, AVG(t."score")::float8
    FROM analysed t JOIN "Response" r ON r."attemptId" = t."id" AND r."questionId" = ANY(${multiIds}::text[])
    CROSS JOIN LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(r."answer"->'choiceIds') = 'array' THEN r."answer"->'choiceIds' ELSE '[]'::jsonb END) AS o(opt)
    GROUP BY 1, 2`);

  // The five most common wrong typed answers per fill-the-blank question (case and spaces folded).
  const wrongTexts =
    clozeIds.length === 0
      ? Promise.resolve([])
      : db.$queryRaw<WrongTextRow[]>(Prisma.sql`
    WITH ${cte}, wrong AS (
      SELECT r."questionId", lower(btrim(r."answer"->>'text')) AS "text", COUNT(*)::int AS "count"
      FROM analysed t
      JOIN "Response" r ON r."attemptId" = t."id" AND r."questionId" = ANY(${clozeIds}::text[])
      JOIN "Question" q ON q."id" = r."questionId"
      WHERE COALESCE(${RESPONSE_SCORE}, 0) < q."points" - 1e-9 AND COALESCE(btrim(r."answer"->>'text'), '') <> ''
      GROUP BY 1, 2
    )
    SELECT "questionId", "text", "count" FROM (
      SELECT w.*, ROW_NUMBER() OVER (PARTITION BY w."questionId" ORDER BY w."count" DESC, w."text") AS rn FROM wrong w
    ) x WHERE rn <= 5`);

  // Discussion and answer citations of each passage within this assignment (hidden and deleted posts excluded).
  const citations = db.$queryRaw<CitationAggRow[]>(Prisma.sql`
    SELECT "passageId", SUM(p)::int AS "postCitations", SUM(rc)::int AS "responseCitations" FROM (
      SELECT pc."passageId", 1 AS p, 0 AS rc
      FROM "PostCitation" pc JOIN "Post" po ON po."id" = pc."postId"
      WHERE po."assignmentId" = ${assignmentId} AND po."deletedAt" IS NULL AND po."hidden" = false
      UNION ALL
      SELECT rc."passageId", 0, 1
      FROM "ResponseCitation" rc JOIN "Response" r ON r."id" = rc."responseId" JOIN "Attempt" a ON a."id" = r."attemptId"
      WHERE a."assignmentId" = ${assignmentId} AND a."submittedAt" IS NOT NULL
    ) c GROUP BY "passageId"`);

  const enrolled = db.enrollment.count({ where: { classId } });
  const [a, q, o, w, c, e] = await Promise.all([attempts, questions, options, wrongTexts, citations, enrolled]);
  return { attempts: a, questions: q, options: o, wrongTexts: w, citations: c, enrolled: e };
}
