import "server-only";
import { Prisma } from "../generated/prisma/client";
import { db } from "../db";
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
export type QuestionAggRow = { questionId: string; responses: number; correct: number; ungraded: number; sumScore: number };
export type OptionAggRow = { questionId: string; option: string; count: number; meanTotal: number | null };
export type WrongTextRow = { questionId: string; text: string; count: number };
export type CitationAggRow = { passageId: string; postCitations: number; responseCitations: number };

/**
 * Everything the assignment report needs, aggregated in PostgreSQL in five queries run side by side:
 * per-attempt totals with the attempt × question mark matrix (array_agg, one row per attempt), per-question
 * sums, per-option counts with the mean total of the students who chose each option, the most common wrong
 * typed answers, and citation counts per passage. No query returns one row per response.
 */
export async function loadAssignmentAggregates({ assignmentId, classId, setId }: { assignmentId: string; classId: string; setId: string }) {
  const cte = analysedAttemptsCte(assignmentId, classId);
  const attempts = db.$queryRaw<AttemptRow[]>(Prisma.sql`
    WITH ${cte}
    SELECT t."id" AS "attemptId", t."studentId", u."name", u."email", t."score", t."maxScore", t."submittedAt",
      GREATEST(0, EXTRACT(EPOCH FROM (t."submittedAt" - t."startedAt")))::float8 AS "seconds",
      COALESCE(array_agg(COALESCE(${RESPONSE_SCORE}, 0)::float8 ORDER BY q."position", q."id") FILTER (WHERE q."id" IS NOT NULL), '{}') AS "marks"
    FROM analysed t
    JOIN "User" u ON u."id" = t."studentId"
    LEFT JOIN "Question" q ON q."setId" = ${setId}
    LEFT JOIN "Response" r ON r."attemptId" = t."id" AND r."questionId" = q."id"
    GROUP BY t."id", t."studentId", u."name", u."email", t."score", t."maxScore", t."submittedAt", t."startedAt"
    ORDER BY u."name", u."email"`);

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

  // The option key(s) each answer picked, by type; multiple-select answers count once per ticked choice.
  const options = db.$queryRaw<OptionAggRow[]>(Prisma.sql`
    WITH ${cte}, totals AS (
      SELECT t."id", COALESCE(SUM(${RESPONSE_SCORE}), 0)::float8 AS "total"
      FROM analysed t LEFT JOIN "Response" r ON r."attemptId" = t."id" GROUP BY t."id"
    )
    SELECT r."questionId", o.opt AS "option", COUNT(*)::int AS "count", AVG(tt."total")::float8 AS "meanTotal"
    FROM analysed t
    JOIN totals tt ON tt."id" = t."id"
    JOIN "Response" r ON r."attemptId" = t."id"
    JOIN "Question" q ON q."id" = r."questionId"
    CROSS JOIN LATERAL (
      SELECT CASE q."type"
        WHEN 'SINGLE_CHOICE' THEN r."answer"->>'choiceId'
        WHEN 'TRUE_FALSE' THEN r."answer"->>'value'
        WHEN 'ATTRIBUTION' THEN r."answer"->>'essaySlug'
        WHEN 'EVIDENCE' THEN r."answer"->>'passageId'
        WHEN 'DEBATE' THEN r."answer"->>'stanceId'
      END AS opt
      WHERE q."type" <> 'MULTIPLE_SELECT'
      UNION ALL
      SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof(r."answer"->'choiceIds') = 'array' THEN r."answer"->'choiceIds' ELSE '[]'::jsonb END)
      WHERE q."type" = 'MULTIPLE_SELECT'
    ) o
    WHERE o.opt IS NOT NULL
    GROUP BY r."questionId", o.opt`);

  // The five most common wrong typed answers per fill-the-blank question (case and spaces folded).
  const wrongTexts = db.$queryRaw<WrongTextRow[]>(Prisma.sql`
    WITH ${cte}, wrong AS (
      SELECT r."questionId", lower(btrim(r."answer"->>'text')) AS "text", COUNT(*)::int AS "count"
      FROM analysed t
      JOIN "Response" r ON r."attemptId" = t."id"
      JOIN "Question" q ON q."id" = r."questionId"
      WHERE q."type" = 'CLOZE' AND COALESCE(${RESPONSE_SCORE}, 0) < q."points" - 1e-9 AND COALESCE(btrim(r."answer"->>'text'), '') <> ''
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
