import "server-only";
import { db } from "../db";
import { appendLiveEventNow } from "./append-live-event";
import { computeLiveTally } from "./compute-live-tally";
import { countParticipants } from "./count-participants";
import { loadLiveQuestion } from "./load-live-question";

// Answers and joins arrive in bursts (a whole class taps within seconds). Instead of one event per answer
// we coalesce: the first answer schedules a flush FLUSH_MS later, later ones ride along, and the flush
// recomputes the totals from the database, so whichever instance flushes publishes the true numbers.
export const FLUSH_MS = 250;

const g = globalThis as unknown as { passageLiveFlushes?: Set<string> };
const pending = (g.passageLiveFlushes ??= new Set());

function coalesce(key: string, flush: () => Promise<void>) {
  if (pending.has(key)) return;
  pending.add(key);
  setTimeout(() => {
    // Cleared before flushing, so an answer that lands during the flush schedules the next one.
    pending.delete(key);
    flush().catch((e) => console.error(`live: could not publish ${key}`, e));
  }, FLUSH_MS);
}

export async function publishTally(sessionId: string): Promise<void> {
  const s = await db.liveSession.findUnique({
    where: { id: sessionId },
    select: { state: true, currentIndex: true, assignmentId: true, assignment: { select: { setId: true } } },
  });
  if (!s || s.state !== "QUESTION") return;
  const q = await loadLiveQuestion(s.assignment.setId, s.currentIndex);
  if (!q) return;
  const tally = await computeLiveTally(s.assignmentId, q);
  await appendLiveEventNow(sessionId, "tally", { index: s.currentIndex, tally });
}

export async function publishPresence(sessionId: string): Promise<void> {
  const s = await db.liveSession.findUnique({ where: { id: sessionId }, select: { state: true, assignmentId: true } });
  if (!s || s.state === "ENDED") return;
  const participants = await countParticipants(s.assignmentId);
  await appendLiveEventNow(sessionId, "presence", { participants });
}

export const scheduleTally = (sessionId: string) => coalesce(`tally:${sessionId}`, () => publishTally(sessionId));
export const schedulePresence = (sessionId: string) =>
  coalesce(`presence:${sessionId}`, () => publishPresence(sessionId));
