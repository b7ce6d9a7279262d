import "server-only";
import { formatNotification, NOTIFY_INLINE_LIMIT } from "@/lib/live/notify-payload";
import type { LiveEventPayloads, LiveEventType } from "@/lib/live/types";
import { db, type Tx } from "../db";
import { LIVE_CHANNEL } from "./live-bus";
import { lockLiveEvents } from "./lock-live-events";

/**
 * Persists an event and NOTIFYs every app instance, inside the caller's transaction (PostgreSQL delivers
 * the notification at commit, so listeners never see an id before its row). A per-session advisory lock
 * makes ids commit in order, so a listener that has seen id N has seen every earlier event of the session.
 */
export async function appendLiveEvent<T extends LiveEventType>(
  tx: Tx,
  sessionId: string,
  type: T,
  data: LiveEventPayloads[T],
): Promise<string> {
  await lockLiveEvents(tx, sessionId);
  const ev = await tx.liveEvent.create({ data: { sessionId, type, payload: data as object }, select: { id: true } });
  const id = ev.id.toString();
  await tx.$executeRaw`SELECT 1 FROM (SELECT pg_notify(${LIVE_CHANNEL}, ${formatNotification(sessionId, id, type, data)})) AS n`;
  return id;
}

/**
 * The same as appendLiveEvent in ONE statement (its own implicit transaction: lock, insert, notify), for the
 * hot paths. With `move`, the session row is updated in the same statement, and only if it is still in the
 * state the caller saw; returns false (nothing written) when it was not.
 */
export async function appendLiveEventNow<T extends LiveEventType>(
  sessionId: string,
  type: T,
  data: LiveEventPayloads[T],
  move?: { from: { state: string; index: number }; to: { state: "QUESTION"; index: number; startedAt: Date } },
): Promise<boolean> {
  const json = JSON.stringify(data);
  // Inline when the whole notification fits (the id adds at most 20 bytes).
  const inline = Buffer.byteLength(`${sessionId}::${type}:${json}`) + 20 < NOTIFY_INLINE_LIMIT;
  const tail = inline ? `:${type}:${json}` : "";
  const n = move
    ? await db.$executeRaw`
        WITH moved AS (
          UPDATE "LiveSession" SET "state" = 'QUESTION', "currentIndex" = ${move.to.index}, "questionStartedAt" = ${move.to.startedAt}
          WHERE "id" = ${sessionId} AND "state"::text = ${move.from.state} AND "currentIndex" = ${move.from.index} RETURNING "id"
        ), l AS (SELECT pg_advisory_xact_lock(hashtext("id")) AS x, "id" FROM moved),
        ev AS (INSERT INTO "LiveEvent" ("sessionId", "type", "payload") SELECT "id", ${type}, ${json}::jsonb FROM l RETURNING "id", "sessionId")
        SELECT 1 FROM (SELECT pg_notify(${LIVE_CHANNEL}, ev."sessionId" || ':' || ev."id"::text || ${tail}) FROM ev) AS n`
    : await db.$executeRaw`
        WITH l AS (SELECT pg_advisory_xact_lock(hashtext(${sessionId})) AS x),
        ev AS (INSERT INTO "LiveEvent" ("sessionId", "type", "payload") SELECT ${sessionId}, ${type}, ${json}::jsonb FROM l RETURNING "id", "sessionId")
        SELECT 1 FROM (SELECT pg_notify(${LIVE_CHANNEL}, ev."sessionId" || ':' || ev."id"::text || ${tail}) FROM ev) AS n`;
  return n > 0;
}
