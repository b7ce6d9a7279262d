import "server-only";
import { db } from "../db";

/**
 * Fixed-window counter in PostgreSQL, so every app instance shares it. Returns the seconds to wait when
 * `key` has used up `limit` hits in the current window, or 0 when the hit is allowed (and counted).
 */
export async function hitRateLimit(key: string, limit: number, windowSeconds: number): Promise<number> {
  const rows = await db.$queryRaw<{ count: number; windowEnd: Date }[]>`
    INSERT INTO "RateLimit" ("key", "count", "windowEnd")
    VALUES (${key}, 1, now() + make_interval(secs => ${windowSeconds}))
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowEnd" < now() THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowEnd" = CASE WHEN "RateLimit"."windowEnd" < now() THEN EXCLUDED."windowEnd" ELSE "RateLimit"."windowEnd" END
    RETURNING "count", "windowEnd"`;
  const row = rows[0]!;
  if (row.count <= limit) return 0;
  return Math.max(1, Math.ceil((row.windowEnd.getTime() - Date.now()) / 1000));
}
