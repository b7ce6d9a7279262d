import "server-only";
import { db } from "../db";

/** Seconds to wait when `key` has used up `limit` in its current window, else 0. Counts nothing. */
export async function peekRateLimit(key: string, limit: number): Promise<number> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row || row.count < limit) return 0;
  const left = row.windowEnd.getTime() - Date.now();
  return left > 0 ? Math.ceil(left / 1000) : 0;
}
