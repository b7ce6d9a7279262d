import "server-only";
import { HOST_ONLY_EVENTS } from "@/lib/live/types";
import { db } from "../db";
import { encodeLiveRow, type BusEvent } from "./live-bus";

/** Events after `afterId` (catch-up for a reconnecting stream), encoded, without host-only ones for students. */
export async function readLiveEvents(
  sessionId: string,
  afterId: bigint,
  audience: "host" | "student",
): Promise<BusEvent[]> {
  const rows = await db.liveEvent.findMany({
    where: {
      sessionId,
      id: { gt: afterId },
      ...(audience === "student" ? { type: { notIn: [...HOST_ONLY_EVENTS] } } : {}),
    },
    orderBy: { id: "asc" },
    select: { id: true, sessionId: true, type: true, payload: true },
  });
  return rows.map((r) => encodeLiveRow({ ...r, id: r.id.toString() }));
}
