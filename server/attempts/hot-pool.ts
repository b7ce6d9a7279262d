import "server-only";
import pg from "pg";
import { env } from "../env";

// The autosave path runs hundreds of times a second in a full classroom. Through Prisma's raw query
// pipeline each query costs ~0.4 ms of CPU against ~0.1 ms with plain `pg` (measured here), so the two
// hot queries use this small pool of their own; everything else, and every multi-row write, uses `db`.
const g = globalThis as unknown as { autosavePool?: pg.Pool };

export function hotPool(): pg.Pool {
  if (!g.autosavePool) {
    const pool = new pg.Pool({
      connectionString: env().DATABASE_URL,
      max: Number(process.env.PG_POOL_MAX ?? 10),
      allowExitOnIdle: true,
    });
    // An idle connection dropped by a database restart emits "error" on the pool; unhandled, it would kill
    // the process. The pool replaces the connection on the next query, and the client retries the save.
    pool.on("error", (e) => console.error(`autosave pool: idle connection lost (${e.message})`));
    g.autosavePool = pool;
  }
  return g.autosavePool;
}
