import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { gradeAnswer } from "@/lib/grading/grade";
import { answerSchemas, parseAnswer } from "@/lib/questions/schema";
import { closedReason, timeIsUp } from "@/server/attempts/assignment-window";
import { isSessionCurrent } from "@/server/auth/is-session-current";
import { db } from "../db";
import { cachedQuestion, forgetQuestion } from "./question-cache";
import { saveDebate } from "./save-debate";
import { runSaveStatement, type SaveContext } from "./save-statement";

/** The largest autosave request body accepted, in bytes. */
export const SAVE_BODY_LIMIT = 32 * 1024;

export const saveResponseBody = z.object({
  answer: z.unknown(),
  clientSeq: z
    .number()
    .int("clientSeq must be a whole number.")
    .min(1)
    .max(2 ** 31 - 1),
});

export type SaveResult = { saved: boolean; clientSeq: number; responseId: string | null };
export type SaveOptions = {
  userId: string;
  /** The version in the caller's session token: the statement refuses a session signed out since (401). */
  sessionVersion: number;
  attemptId: string;
  questionId: string;
  answer: unknown;
  clientSeq: number;
};

/**
 * Autosave of one answer: the hot path of the app, so it is one statement (prisma/sql/saveResponse.sql). The
 * question (type, choices, key) comes from a per-process cache checked against its version in that statement;
 * the answer is validated and objective answers graded here, so submitting has nothing slow left to do. The
 * statement checks that the attempt is the student's, the student is still enrolled, the question belongs to the
 * assigned set and the attempt is open, and upserts only if the client's clientSeq is newer than the stored one.
 * Debate answers, which carry citations, are written with their citations in one transaction instead.
 */
export async function saveResponse(opts: SaveOptions): Promise<SaveResult> {
  for (let tries = 0; ; tries++) {
    const q = await cachedQuestion(opts.questionId);
    if (!q) throw await missing(opts); // a session signed out since hears that first, as before
    const key = { ...opts, version: q.version };
    const parsed = parseAnswer(q, opts.answer);
    if (!parsed.ok) {
      // Say what is wrong with the answer only to a student who may answer this question, and only after
      // checking against the current question (a choice added since it was cached is a valid answer).
      const c = await requireContext(key);
      if (!c.fresh && tries === 0) {
        forgetQuestion(opts.questionId);
        continue;
      }
      throw new AppError("INVALID", parsed.error);
    }
    const answer = parsed.answer;
    const { score } = gradeAnswer(q, answer);
    if (q.type === "DEBATE") {
      const c = await requireContext(key);
      throwIfClosed(c);
      if (!c.fresh) {
        if (tries === 0) {
          forgetQuestion(opts.questionId); // stances edited since it was cached: read it again and redo
          continue;
        }
        throw changed();
      }
      // Parsed above already; parsing again (idempotent) gives it its debate type for the citations.
      const saved = await saveDebate(opts, q.setId, answerSchemas.DEBATE.parse(answer), score);
      return saved ?? acknowledgeNewer(opts);
    }

    const c = await runSaveStatement(key, { answer, stance: null, clientSeq: opts.clientSeq, score });
    if (!c) throw await missing(opts);
    if (!c.sessionCurrent) throw signedOut();
    if (c.writtenId) return { saved: true, clientSeq: c.writtenSeq!, responseId: c.writtenId };
    if (!c.fresh && tries === 0) {
      forgetQuestion(opts.questionId); // edited since it was cached: read it again and redo the save
      continue;
    }
    throwIfClosed(c);
    if (!c.fresh) throw changed();
    return acknowledgeNewer(opts);
  }
}

const notFound = () => new AppError("NOT_FOUND", "This quiz or question was not found. Reload the page.");
const signedOut = () =>
  new AppError(
    "UNAUTHENTICATED",
    "Your session has ended. Sign in again: your answers are kept on this device until then.",
  );

/** No row: a session signed out since says so (as the statement would have), anything else is not found. */
async function missing(opts: { userId: string; sessionVersion: number }): Promise<AppError> {
  return (await isSessionCurrent({ uid: opts.userId, sv: opts.sessionVersion })) ? notFound() : signedOut();
}
const changed = () =>
  new AppError("CONFLICT", "This question was just changed by your instructor. Reload the page and answer it again.");

function throwIfClosed(c: SaveContext) {
  if (c.submittedAt) throw new AppError("CLOSED", "This attempt has been submitted: answers can no longer be changed.");
  const reason = closedReason(c);
  if (reason) throw new AppError("CLOSED", reason);
  if (timeIsUp(c, c.startedAt))
    throw new AppError(
      "CLOSED",
      "Time is up for this attempt: answers can no longer be changed. Submit what you have saved.",
    );
  // The database's clock said closed a moment before ours did.
  if (!c.open) throw new AppError("CLOSED", "This assignment has closed: answers can no longer be changed.");
}

/** The statement's check alone (no write), for the slow paths: a refused answer and a debate answer. */
async function requireContext(key: SaveOptions & { version: string }): Promise<SaveContext> {
  const c = await runSaveStatement(key, null);
  if (!c) throw await missing(key);
  if (!c.sessionCurrent) throw signedOut();
  return c;
}

/** Nothing was written: a newer save already landed (acknowledge with the stored seq), or a submit won the race. */
async function acknowledgeNewer(opts: { attemptId: string; questionId: string }): Promise<SaveResult> {
  const now = await db.$queryRaw<{ submittedAt: Date | null; clientSeq: number | null; id: string | null }[]>`
    SELECT a."submittedAt", r."clientSeq", r."id" FROM "Attempt" a
    LEFT JOIN "Response" r ON r."attemptId" = a."id" AND r."questionId" = ${opts.questionId}
    WHERE a."id" = ${opts.attemptId}`;
  if (!now[0] || now[0].submittedAt)
    throw new AppError("CLOSED", "This attempt has been submitted: answers can no longer be changed.");
  return { saved: false, clientSeq: now[0].clientSeq ?? 0, responseId: now[0].id };
}
