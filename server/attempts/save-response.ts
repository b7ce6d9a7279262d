import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { gradeAnswer } from "@/lib/grading/grade";
import { answerSchemas, parseAnswer, type Answer, type Citation, type QuestionType } from "@/lib/questions/schema";
import { parseQuestion, type TypedQuestion } from "@/lib/questions/typed-question";
import { db, type Tx } from "../db";
import { closedReason, timeIsUp } from "./assignment-window";
import { hotPool } from "./hot-pool";
import { CONTEXT, SAVE, UPSERT } from "./save-sql";

export const saveResponseBody = z.object({
  answer: z.unknown(),
  clientSeq: z
    .number()
    .int("clientSeq must be a whole number.")
    .min(1)
    .max(2 ** 31 - 1),
});

export type SaveResult = { saved: boolean; clientSeq: number; responseId: string | null };
type Written = { id: string; clientSeq: number };

type Ctx = {
  submittedAt: Date | null;
  startedAt: Date;
  opensAt: Date | null;
  closesAt: Date | null;
  timeLimitMinutes: number | null;
};

/** What grading and validating an answer needs from its question, and the version it was read at. */
type CachedQuestion = TypedQuestion & { points: number; setId: string; version: string };
type QuestionRow = {
  type: QuestionType;
  content: unknown;
  answerKey: unknown;
  points: number;
  setId: string;
  version: string;
};

// Questions change rarely (an instructor edits a key) and every save needs one, so each server process keeps
// the ones it has seen. A cached copy is only ever used together with its version: the write below lands
// only if the question's updatedAt still equals it, otherwise the copy is dropped and the save redone.
const QUESTION_CACHE_MAX = 5_000;
const questionCache = new Map<string, CachedQuestion>();

async function questionFor(questionId: string): Promise<CachedQuestion | null> {
  const hit = questionCache.get(questionId);
  if (hit) return hit;
  const { rows } = await hotPool().query<QuestionRow>(
    `SELECT q."type"::text AS "type", q."content", q."answerKey", q."points", q."setId", q."updatedAt"::text AS "version" FROM "Question" q WHERE q."id" = $1`,
    [questionId],
  );
  if (!rows[0]) return null;
  const q = parseQuestion(rows[0]);
  if (questionCache.size >= QUESTION_CACHE_MAX) questionCache.delete(questionCache.keys().next().value!);
  questionCache.set(questionId, q);
  return q;
}

/** What the context check returns: the window, whether the cached question is current, whether it is open. */
type Checked = Ctx & { fresh: boolean; open: boolean };
type Saved = Checked & { writtenId: string | null; writtenSeq: number | null };

/**
 * Autosave of one answer: the hot path of the app, so it is one statement. The question (type, choices, key)
 * comes from a per-process cache checked against its version in that statement; the answer is validated and
 * objective answers graded here, so submitting has nothing slow left to do. The statement checks that the
 * attempt is the student's, the student is still enrolled, the question belongs to the assigned set and the
 * attempt is open, and upserts only if the client's clientSeq is newer than the stored one. Debate answers,
 * which carry citations, are written with their citations in one transaction instead.
 */
export async function saveResponse(opts: {
  userId: string;
  attemptId: string;
  questionId: string;
  answer: unknown;
  clientSeq: number;
}): Promise<SaveResult> {
  for (let tries = 0; ; tries++) {
    const q = await questionFor(opts.questionId);
    if (!q) throw notFound();
    const parsed = parseAnswer(q, opts.answer);
    if (!parsed.ok) {
      // Say what is wrong with the answer only to a student who may answer this question, and only after
      // checking against the current question (a choice added since it was cached is a valid answer).
      const c = await requireContext(opts, q.version);
      if (!c.fresh && tries === 0) {
        questionCache.delete(opts.questionId);
        continue;
      }
      throw new AppError("INVALID", parsed.error);
    }
    const answer = parsed.answer;
    const { score } = gradeAnswer(q, answer);
    if (q.type === "DEBATE") {
      // Parsed above already; parsing again (idempotent) gives it its debate type for the citations.
      const saved = await saveDebate(opts, q, answerSchemas.DEBATE.parse(answer), score, tries === 0);
      if (saved) return saved;
      questionCache.delete(opts.questionId); // stances edited since it was cached: read it again and redo
      continue;
    }

    const params = [
      opts.attemptId,
      randomUUID(),
      opts.questionId,
      JSON.stringify(answer),
      null,
      opts.clientSeq,
      score,
      q.version,
      opts.userId,
    ];
    // A named (prepared) statement: PostgreSQL plans it once per connection instead of on every save, which
    // more than doubled what the database alone can take (`npm run bench -- saves`, ceiling figure).
    const c = (await hotPool().query<Saved>({ name: "autosave", text: SAVE, values: params })).rows[0];
    if (!c) throw notFound();
    if (c.writtenId) return { saved: true, clientSeq: c.writtenSeq!, responseId: c.writtenId };
    if (!c.fresh && tries === 0) {
      questionCache.delete(opts.questionId); // edited since it was cached: read it again and redo the save
      continue;
    }
    throwIfClosed(c);
    if (!c.fresh) throw changed();
    return acknowledgeNewer(opts);
  }
}

const notFound = () => new AppError("NOT_FOUND", "This quiz or question was not found. Reload the page.");
const changed = () =>
  new AppError("CONFLICT", "This question was just changed by your instructor. Reload the page and answer it again.");

function throwIfClosed(c: Ctx & { open?: boolean }) {
  if (c.submittedAt) throw new AppError("CLOSED", "This attempt has been submitted: answers can no longer be changed.");
  const reason = closedReason(c);
  if (reason) throw new AppError("CLOSED", reason);
  if (timeIsUp(c, c.startedAt))
    throw new AppError(
      "CLOSED",
      "Time is up for this attempt: answers can no longer be changed. Submit what you have saved.",
    );
  // The database's clock said closed a moment before ours did.
  if (c.open === false) throw new AppError("CLOSED", "This assignment has closed: answers can no longer be changed.");
}

/** The context read alone (no write), for the slow paths: a refused answer and a debate answer. */
async function requireContext(
  opts: { userId: string; attemptId: string; questionId: string },
  version: string,
): Promise<Checked> {
  const c = (await hotPool().query<Checked>(CONTEXT, [opts.attemptId, opts.questionId, version, opts.userId])).rows[0];
  if (!c) throw notFound();
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

/** null when the cached question is out of date (and `retry` allows trying again with a fresh copy). */
async function saveDebate(
  opts: { userId: string; attemptId: string; questionId: string; clientSeq: number },
  q: CachedQuestion,
  answer: Answer<"DEBATE">,
  score: number | null,
  retry: boolean,
): Promise<SaveResult | null> {
  const c = await requireContext(opts, q.version);
  throwIfClosed(c);
  if (!c.fresh) {
    if (retry) return null;
    throw changed();
  }
  const saved = await db.$transaction(async (tx) => {
    const r = await tx.$queryRawUnsafe<Written[]>(
      UPSERT,
      opts.attemptId,
      randomUUID(),
      opts.questionId,
      JSON.stringify(answer),
      answer.stanceId,
      opts.clientSeq,
      score,
    );
    if (r[0]) await replaceCitations(tx, r[0].id, q.setId, answer.citations);
    return r;
  });
  if (saved[0]) return { saved: true, clientSeq: saved[0].clientSeq, responseId: saved[0].id };
  return acknowledgeNewer(opts);
}

/** Replaces a response's citations; every cited passage must come from the assigned set's essays. */
async function replaceCitations(tx: Tx, responseId: string, setId: string, citations: Citation[]) {
  await tx.responseCitation.deleteMany({ where: { responseId } });
  if (citations.length === 0) return;
  const ids = [...new Set(citations.map((x) => x.passageId))];
  const allowed = await tx.passage.findMany({
    where: { id: { in: ids }, essay: { questionSets: { some: { setId } } } },
    select: { id: true },
  });
  if (allowed.length !== ids.length)
    throw new AppError(
      "INVALID",
      "Cite passages from the assigned essays only. Reload the page and pick your evidence again.",
    );
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
