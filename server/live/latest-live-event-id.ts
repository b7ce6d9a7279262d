import "server-only";
import { type Tx } from "../db";

/** Id of the newest event of a session ("0" when none): a snapshot taken after reading it misses nothing. */
export async function latestLiveEventId(tx: Tx, sessionId: string): Promise<string> {
  const last = await tx.liveEvent.findFirst({ where: { sessionId }, orderBy: { id: "desc" }, select: { id: true } });
  return last ? last.id.toString() : "0";
}
