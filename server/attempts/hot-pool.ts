import "server-only";
import pg from "pg";
import { env } from "../env";

// The autosave path runs hundreds of times a second in a full classroom. Through Prisma's raw query
// pipeline each query costs ~0.4 ms of CPU against ~0.1 ms with plain `pg` (measured here), so the two
// hot queries use this small pool of their own; everything else, and every multi-row write, uses `db`.
const g = globalThis as unknown as { autosavePool?: pg.Pool };

export function hotPool(): pg.Pool {
  g.autosavePool ??= new pg.Pool({ connectionString: env().DATABASE_URL, max: Number(process.env.PG_POOL_MAX ?? 10), allowExitOnIdle: true });
  return g.autosavePool;
}
