import "server-only";
import type { Tx } from "../db";

/**
 * Takes the session's event lock (a transaction-scoped advisory lock) for the rest of `tx`. appendLiveEvent takes
 * it before writing an event; a transaction that also changes the session row must take it FIRST, before the row:
 * an event's insert locks the row too (its foreign key), so taking the two in the other order deadlocks with a
 * tally being published at the same moment (seen: 40P01 when a session ended while answers came in).
 */
export async function lockLiveEvents(tx: Tx, sessionId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(${sessionId}))) AS l`;
}
