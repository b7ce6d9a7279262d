import "server-only";
import type { QuestionType } from "@/lib/questions/schema";
import { parseQuestion, type TypedQuestion } from "@/lib/questions/typed-question";
import { autosaveDb } from "./autosave-db";

/** What grading and validating an answer needs from its question, and the version it was read at. */
export type CachedQuestion = TypedQuestion & { points: number; setId: string; version: string; updatedAtMs: number };
type QuestionRow = {
  type: QuestionType;
  content: unknown;
  answerKey: unknown;
  points: number;
  setId: string;
  version: string;
  updatedAtMs: number;
};

// Questions change rarely (an instructor edits a key) and every save needs one, so each server process keeps
// the ones it has seen. A cached copy is only ever used together with its version: the save's statement writes
// only if the question's updatedAt still equals it, otherwise the copy is dropped and the save redone.
const QUESTION_CACHE_MAX = 5_000;
const questionCache = new Map<string, CachedQuestion>();

export async function cachedQuestion(questionId: string): Promise<CachedQuestion | null> {
  const hit = questionCache.get(questionId);
  if (hit) return hit;
  // updatedAt as text: the same form the save's statement compares it in.
  const rows = await autosaveDb().$queryRaw<QuestionRow[]>`
    SELECT q."type"::text AS "type", q."content", q."answerKey", q."points", q."setId", q."updatedAt"::text AS "version",
      floor(extract(epoch FROM q."updatedAt") * 1000)::float8 AS "updatedAtMs"
    FROM "Question" q WHERE q."id" = ${questionId}`;
  if (!rows[0]) return null;
  const q = parseQuestion(rows[0]);
  if (questionCache.size >= QUESTION_CACHE_MAX) questionCache.delete(questionCache.keys().next().value!);
  questionCache.set(questionId, q);
  return q;
}

export function forgetQuestion(questionId: string): void {
  questionCache.delete(questionId);
}

/**
 * The question as of `updatedAt` (a Date read with the caller's other data, as the live answer does): the cached
 * copy when it is that version, else read again. The live answer has no statement of its own to compare versions.
 */
export async function cachedQuestionAt(questionId: string, updatedAt: Date): Promise<CachedQuestion | null> {
  const hit = await cachedQuestion(questionId);
  if (!hit || hit.updatedAtMs === updatedAt.getTime()) return hit;
  forgetQuestion(questionId);
  return cachedQuestion(questionId);
}
