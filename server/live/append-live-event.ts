import "server-only";
import type { LiveEventPayloads, LiveEventType } from "@/lib/live/types";
import type { Tx } from "../db";
import { formatNotification } from "@/lib/live/notify-payload";
import { LIVE_CHANNEL } from "./live-bus";

/**
 * Persists an event and NOTIFYs every app instance, inside the caller's transaction (PostgreSQL delivers
 * the notification at commit, so listeners never see an id before its row). A per-session advisory lock
 * makes ids commit in order, so a listener that has seen id N has seen every earlier event of the session.
 */
export async function appendLiveEvent<T extends LiveEventType>(tx: Tx, sessionId: string, type: T, data: LiveEventPayloads[T]): Promise<string> {
  await tx.$executeRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(${sessionId}))) AS l`;
  const ev = await tx.liveEvent.create({ data: { sessionId, type, payload: data as object }, select: { id: true } });
  const id = ev.id.toString();
  const message = formatNotification(sessionId, id, type, data);
  await tx.$executeRaw`SELECT 1 FROM (SELECT pg_notify(${LIVE_CHANNEL}, ${message})) AS n`;
  return id;
}

/** Id of the newest event of a session ("0" when none): a snapshot taken after reading it misses nothing. */
export async function latestLiveEventId(tx: Tx, sessionId: string): Promise<string> {
  const last = await tx.liveEvent.findFirst({ where: { sessionId }, orderBy: { id: "desc" }, select: { id: true } });
  return last ? last.id.toString() : "0";
}
