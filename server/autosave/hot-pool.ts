import "server-only";
import pg from "pg";
import { env } from "../env";

// The autosave and the submit run hundreds of times a second in a full classroom, so they have this pool of
// their own, on which their statements are named (prepared once per connection instead of planned on every
// call; docs/decisions/0011-autosave-through-prisma-and-its-pool.md). The autosave reaches it through Prisma's driver adapter
// (autosave-db.ts); submit-attempt.ts through plain pg. Everything else uses `db`.
const g = globalThis as unknown as { autosavePool?: pg.Pool };

/** The pool's settings: a connection that does not answer fails the save after PG_CONNECT_TIMEOUT_MS (the page
 *  says it is retrying) instead of holding it for ever. */
export function hotPoolOptions(
  url = env().DATABASE_URL,
  connectTimeoutMs = env().PG_CONNECT_TIMEOUT_MS,
): pg.PoolConfig {
  return {
    connectionString: url,
    max: env().PG_POOL_MAX,
    allowExitOnIdle: true,
    connectionTimeoutMillis: connectTimeoutMs,
  };
}

export function hotPool(): pg.Pool {
  if (!g.autosavePool) {
    const pool = new pg.Pool(hotPoolOptions());
    // An idle connection dropped by a database restart emits "error" on the pool; unhandled, it would kill
    // the process. The pool replaces the connection on the next query, and the client retries the save.
    pool.on("error", (e) => console.error(`autosave pool: idle connection lost (${e.message})`));
    g.autosavePool = pool;
  }
  return g.autosavePool;
}
