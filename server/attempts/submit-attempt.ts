import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { gradeAnswer } from "@/lib/grading/grade";
import type { QuestionType } from "@/lib/questions/schema";
import { parseQuestion } from "@/lib/questions/typed-question";
import { hotPool } from "@/server/autosave/hot-pool";
import { ENQUEUE_LTI_SCORES_SQL } from "@/server/lti/enqueue-lti-scores";
import { runLtiScoreWorker } from "@/server/lti/run-lti-score-worker";
import { RECOMPUTE_SCORE_SQL } from "./recompute-attempt-score";

export type SubmitResult = { attemptId: string; assignmentId: string; submittedAt: Date; alreadySubmitted: boolean };
type Claimed = { id: string; assignmentId: string; submittedAt: Date };
type Stored = {
  id: string;
  answer: unknown;
  autoScore: number | null;
  type: QuestionType;
  content: unknown;
  answerKey: unknown;
  points: number;
};

// Prisma stores UTC in timestamp-without-time-zone columns; AT TIME ZONE 'UTC' makes pg read them as UTC.
const CLAIM = `
  UPDATE "Attempt" a SET "submittedAt" = clock_timestamp() AT TIME ZONE 'UTC'
  WHERE a."id" = $1 AND a."studentId" = $2 AND a."submittedAt" IS NULL
    AND EXISTS (SELECT 1 FROM "Assignment" s JOIN "Enrollment" e ON e."classId" = s."classId" WHERE s."id" = a."assignmentId" AND e."userId" = $2)
  RETURNING a."id", a."assignmentId", a."submittedAt" AT TIME ZONE 'UTC' AS "submittedAt"`;
const PRIOR = `SELECT a."id", a."assignmentId", a."submittedAt" AT TIME ZONE 'UTC' AS "submittedAt" FROM "Attempt" a WHERE a."id" = $1 AND a."studentId" = $2`;
const RESPONSES = `
  SELECT r."id", r."answer", r."autoScore", q."type"::text AS "type", q."content", q."answerKey", q."points"
  FROM "Response" r JOIN "Question" q ON q."id" = r."questionId" WHERE r."attemptId" = $1`;
const SET_SCORES = `UPDATE "Response" r SET "autoScore" = c."score" FROM unnest($1::text[], $2::float8[]) AS c("id", "score") WHERE r."id" = c."id"`;

/**
 * Final submit, exactly once: a conditional UPDATE … WHERE "submittedAt" IS NULL decides the winner; every
 * repeat (double click, retry, second tab) gets the same answer with alreadySubmitted = true. Objective
 * answers are re-graded against the current key and the score is stored, all in the winner's transaction.
 * Submitting after the time limit or the closing time is allowed: it only finalises what was saved.
 * Plain pg with prepared statements (as the autosave): when a whole class submits at the bell, this runs
 * hundreds of times at once.
 */
export async function submitAttempt(opts: { userId: string; attemptId: string }): Promise<SubmitResult> {
  const client = await hotPool().connect();
  try {
    await client.query("BEGIN");
    // The UPDATE waits for saves in flight (they hold FOR SHARE on the attempt row); the statements after it
    // see every save that landed before the submit.
    const won = (
      await client.query<Claimed>({ name: "submit-claim", text: CLAIM, values: [opts.attemptId, opts.userId] })
    ).rows[0];
    if (!won) {
      const prior = (await client.query<Claimed>(PRIOR, [opts.attemptId, opts.userId])).rows[0];
      await client.query("COMMIT");
      if (!prior?.submittedAt) throw new AppError("NOT_FOUND", "This attempt was not found. Reload the page.");
      return {
        attemptId: prior.id,
        assignmentId: prior.assignmentId,
        submittedAt: prior.submittedAt,
        alreadySubmitted: true,
      };
    }
    const changed: { id: string; score: number | null }[] = [];
    for (const r of (
      await client.query<Stored>({ name: "submit-responses", text: RESPONSES, values: [opts.attemptId] })
    ).rows) {
      const { score } = gradeAnswer(parseQuestion(r), r.answer);
      if (score !== r.autoScore) changed.push({ id: r.id, score });
    }
    if (changed.length) await client.query(SET_SCORES, [changed.map((c) => c.id), changed.map((c) => c.score)]);
    await client.query({ name: "submit-score", text: RECOMPUTE_SCORE_SQL, values: [opts.attemptId] });
    // The LMS gradebook's score is queued in this transaction: it exists exactly when the submit does.
    const [enqueue, supersede] = ENQUEUE_LTI_SCORES_SQL;
    const queued = await client.query({ name: "submit-lti-score", text: enqueue, values: [[opts.attemptId]] });
    if (queued.rowCount)
      await client.query({ name: "submit-lti-supersede", text: supersede, values: [[opts.attemptId]] });
    await client.query("COMMIT");
    if (queued.rowCount) runLtiScoreWorker("kick");
    return { attemptId: won.id, assignmentId: won.assignmentId, submittedAt: won.submittedAt, alreadySubmitted: false };
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}
