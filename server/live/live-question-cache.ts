import "server-only";
import { parseQuestion, type TypedQuestion } from "@/lib/questions/typed-question";
import { db } from "../db";

type Entry = { version: number; question: TypedQuestion & { points: number } };

// Every student of a live session answers the same question within seconds: each server process keeps the
// questions it has graded, keyed by id and used only while the version the session read (updatedAt) matches,
// so an edited key is read afresh on the next answer.
const MAX = 2_000;
const cache = new Map<string, Entry>();

/** The question, parsed, at the version the caller just read; from the database when edited or not yet seen. */
export async function liveQuestion(id: string, updatedAt: Date): Promise<TypedQuestion & { points: number }> {
  const version = updatedAt.getTime();
  const hit = cache.get(id);
  if (hit && hit.version === version) return hit.question;
  const row = await db.question.findUniqueOrThrow({
    where: { id },
    select: { id: true, type: true, content: true, answerKey: true, points: true, updatedAt: true },
  });
  const question = parseQuestion(row);
  if (cache.size >= MAX) cache.delete(cache.keys().next().value!);
  // Cached under the version read with it: if it changed in between, the next answer reads it again.
  cache.set(id, { version: row.updatedAt.getTime(), question });
  return question;
}
