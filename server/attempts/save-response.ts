import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { gradeAnswer } from "@/lib/grading/grade";
import { parseAnswer, type Citation, type QuestionType } from "@/lib/questions/schema";
import { db, type Tx } from "../db";
import { closedReason, timeIsUp } from "./assignment-window";
import { hotPool } from "./hot-pool";

export const saveResponseBody = z.object({
  answer: z.unknown(),
  clientSeq: z.number().int("clientSeq must be a whole number.").min(1).max(2 ** 31 - 1),
});

export type SaveResult = { saved: boolean; clientSeq: number; responseId: string | null };
type Written = { id: string; clientSeq: number };
// Lands only when newer than what is stored and while the attempt is unsubmitted (FOR SHARE orders it against a submit).
const UPSERT = `
  WITH att AS (SELECT "id" FROM "Attempt" WHERE "id" = $1 AND "submittedAt" IS NULL FOR SHARE)
  INSERT INTO "Response" ("id", "attemptId", "questionId", "answer", "stance", "clientSeq", "autoScore", "updatedAt")
  SELECT $2::text, att."id", $3::text, $4::jsonb, $5::text, $6::int, $7::float8, now() FROM att
  ON CONFLICT ("attemptId", "questionId") DO UPDATE
    SET "answer" = EXCLUDED."answer", "stance" = EXCLUDED."stance", "clientSeq" = EXCLUDED."clientSeq", "autoScore" = EXCLUDED."autoScore", "updatedAt" = now()
    WHERE "Response"."clientSeq" < EXCLUDED."clientSeq"
  RETURNING "id", "clientSeq"`;

type Ctx = {
  submittedAt: Date | null;
  startedAt: Date;
  opensAt: Date | null;
  closesAt: Date | null;
  timeLimitMinutes: number | null;
  setId: string;
  type: QuestionType;
  content: unknown;
  answerKey: unknown;
  points: number;
};

/**
 * Autosave of one answer: the hot path of the app, so it is two queries. (1) one read that checks the
 * attempt is the student's, the student is still enrolled and the question belongs to the assigned set;
 * (2) one upsert that only lands if the client's clientSeq is newer than the stored one and the attempt
 * is still unsubmitted (FOR SHARE on the attempt row orders it against a concurrent submit). Objective
 * answers are graded here, so submitting has nothing slow left to do. Debate citations are written in
 * the same transaction as their response. The two queries go through plain `pg` (see hot-pool.ts).
 */
export async function saveResponse(opts: { userId: string; attemptId: string; questionId: string; answer: unknown; clientSeq: number }): Promise<SaveResult> {
  const { rows } = await hotPool().query<Ctx>(
    // Prisma stores UTC in timestamp-without-time-zone columns; AT TIME ZONE 'UTC' makes pg read them as UTC
    // whatever the server's own time zone is.
    `SELECT a."submittedAt" AT TIME ZONE 'UTC' AS "submittedAt", a."startedAt" AT TIME ZONE 'UTC' AS "startedAt",
            s."opensAt" AT TIME ZONE 'UTC' AS "opensAt", s."closesAt" AT TIME ZONE 'UTC' AS "closesAt", s."timeLimitMinutes", s."setId",
            q."type"::text AS "type", q."content", q."answerKey", q."points"
     FROM "Attempt" a
     JOIN "Assignment" s ON s."id" = a."assignmentId"
     JOIN "Question" q ON q."setId" = s."setId" AND q."id" = $2
     WHERE a."id" = $1 AND a."studentId" = $3
       AND EXISTS (SELECT 1 FROM "Enrollment" e WHERE e."classId" = s."classId" AND e."userId" = $3)`,
    [opts.attemptId, opts.questionId, opts.userId],
  );
  const c = rows[0];
  if (!c) throw new AppError("NOT_FOUND", "This quiz or question was not found. Reload the page.");
  if (c.submittedAt) throw new AppError("CLOSED", "This attempt has been submitted: answers can no longer be changed.");
  const reason = closedReason(c);
  if (reason) throw new AppError("CLOSED", reason);
  if (timeIsUp(c, c.startedAt)) throw new AppError("CLOSED", "Time is up for this attempt: answers can no longer be changed. Submit what you have saved.");

  const parsed = parseAnswer(c.type, c.content, opts.answer);
  if (!parsed.ok) throw new AppError("INVALID", parsed.error);
  const answer = parsed.answer as Record<string, unknown>;
  const { score } = gradeAnswer({ type: c.type, content: c.content, answerKey: c.answerKey, points: c.points }, answer);
  const stance = c.type === "DEBATE" ? (answer.stanceId as string) : null;
  const citations = c.type === "DEBATE" ? (answer.citations as Citation[]) : [];

  const params = [opts.attemptId, randomUUID(), opts.questionId, JSON.stringify(answer), stance, opts.clientSeq, score];
  const saved =
    c.type === "DEBATE"
      ? await db.$transaction(async (tx) => {
          const r = await tx.$queryRawUnsafe<Written[]>(UPSERT, ...params);
          if (r[0]) await replaceCitations(tx, r[0].id, c.setId, citations);
          return r;
        })
      : (await hotPool().query<Written>(UPSERT, params)).rows;
  if (saved[0]) return { saved: true, clientSeq: saved[0].clientSeq, responseId: saved[0].id };

  // Nothing written: a newer save already landed (acknowledge with the stored seq), or a submit won the race.
  const now = await db.$queryRaw<{ submittedAt: Date | null; clientSeq: number | null; id: string | null }[]>`
    SELECT a."submittedAt", r."clientSeq", r."id" FROM "Attempt" a
    LEFT JOIN "Response" r ON r."attemptId" = a."id" AND r."questionId" = ${opts.questionId}
    WHERE a."id" = ${opts.attemptId}`;
  if (!now[0] || now[0].submittedAt) throw new AppError("CLOSED", "This attempt has been submitted: answers can no longer be changed.");
  return { saved: false, clientSeq: now[0].clientSeq ?? 0, responseId: now[0].id };
}

/** Replaces a response's citations; every cited passage must come from the assigned set's essays. */
async function replaceCitations(tx: Tx, responseId: string, setId: string, citations: Citation[]) {
  await tx.responseCitation.deleteMany({ where: { responseId } });
  if (citations.length === 0) return;
  const ids = [...new Set(citations.map((x) => x.passageId))];
  const allowed = await tx.passage.findMany({ where: { id: { in: ids }, essay: { questionSets: { some: { setId } } } }, select: { id: true } });
  if (allowed.length !== ids.length) throw new AppError("INVALID", "Cite passages from the assigned essays only. Reload the page and pick your evidence again.");
  await tx.responseCitation.createMany({
    data: citations.map((x) => ({
      responseId,
      passageId: x.passageId,
      quoteStart: x.quote?.start ?? null,
      quoteEnd: x.quote?.end ?? null,
      exact: x.quote?.exact ?? null,
      prefix: x.quote?.prefix ?? null,
      suffix: x.quote?.suffix ?? null,
    })),
  });
}
