import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { AppError } from "@/lib/errors/app-error";
import { db, type Db } from "../db";
import { env } from "../env";
import { PrismaClient } from "../generated/prisma/client";

export const REPLICA_UNREACHABLE =
  "Reports cannot be shown right now: the database copy they are read from is not answering. Students' answers " +
  "and submissions are not affected. Try again in a few minutes.";

export const REPLICA_REPLAY_CONFLICT =
  "This report was interrupted: the database copy it is read from was applying the latest changes. Reload the " +
  "page. If it keeps happening, your IT team can set hot_standby_feedback = on on the replica.";

// A standby cancels a long query whose rows its replay must remove ("canceling statement due to conflict with
// recovery", SQLSTATE 40001): not an outage (the replica answers the next report), but not the app's bug either.
const isReplayConflict = (e: unknown) => {
  const cause = adapterCause(e);
  return (cause?.originalCode ?? cause?.code) === "40001";
};

// Connection-level failures: the replica is down, restarting, unreachable, or out of connections. Prisma reports
// them as its P1xxx codes or, for raw queries, as P2010 carrying the driver adapter's error kind. A failure of the
// query itself (a bug, a statement cancelled by replay) is not one of these and keeps its own error.
const UNREACHABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// PostgreSQL's "shutting down", "crashed" and "cannot connect now" (starting up, or recovering)
const UNREACHABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03"]);
const UNREACHABLE_TEXT =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EHOSTUNREACH|timeout exceeded when trying to connect/;

type AdapterCause = { kind?: string; code?: string; originalCode?: string };
const adapterCause = (e: unknown): AdapterCause | undefined =>
  (e as { meta?: { driverAdapterError?: { cause?: AdapterCause } } } | null)?.meta?.driverAdapterError?.cause;

function isUnreachable(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === "string" && UNREACHABLE_CODES.has(code)) return true;
  const cause = adapterCause(e);
  if (cause?.kind && UNREACHABLE_KINDS.has(cause.kind)) return true;
  if (UNREACHABLE_SQLSTATES.has(cause?.originalCode ?? cause?.code ?? "")) return true;
  return e instanceof Error && UNREACHABLE_TEXT.test(e.message);
}

/** For the log: Prisma's message is empty for some of these; the code and the adapter's kind say what happened. */
const describe = (e: unknown) =>
  [(e as { code?: string }).code, adapterCause(e)?.kind, e instanceof Error ? e.message : String(e)]
    .filter(Boolean)
    .join(" ");

function replicaClient(url: string): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({
      connectionString: url,
      max: env().PG_POOL_MAX,
      connectionTimeoutMillis: env().PG_CONNECT_TIMEOUT_MS,
    }),
  });
}

/**
 * Every query on a replica, raw ones included: an unreachable replica becomes one clear error (decision 0087:
 * reports fail rather than move their load onto the primary); the cause is logged, not swallowed.
 */
function failingClearly(client: PrismaClient, markDown: () => void): Db {
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (e) {
          if (isReplayConflict(e)) {
            console.error(`report replica cancelled a report (replay conflict): ${describe(e)}`);
            throw new AppError("UPSTREAM", REPLICA_REPLAY_CONFLICT);
          }
          if (!isUnreachable(e)) throw e;
          console.error(`report replica unreachable: ${describe(e)}`);
          markDown();
          throw new AppError("UPSTREAM", REPLICA_UNREACHABLE);
        }
      },
    },
  }) as unknown as Db;
}

// The replicas' clients (and their pools), one set per process, kept on globalThis like `db`; remade if
// DATABASE_REPLICA_URL changes (tests). The error mapping is applied per module instance, not cached there: Next
// bundles pages and route handlers separately, each with its own AppError class, and a route handler only
// recognises (instanceof) an AppError made by its own copy.
const g = globalThis as unknown as {
  reportReplicas?: { urls: string; clients: PrismaClient[]; downUntil: number[] };
};
let mine: { raw: PrismaClient[]; clients: Db[] } | undefined;

// A replica that was unreachable is left out of the choice for this long (per process), so with one of two
// replicas down one report fails, not every other one; when every replica is down they are all tried again.
const DOWN_MS = 30_000;

/**
 * The Prisma client the instructor's reports read through: one of the streaming replicas in DATABASE_REPLICA_URL
 * (picked at random per call among those not found unreachable in the last 30 s), or the primary `db` when none is set. Only for read-only analytics that may be a
 * few milliseconds behind the primary: never for a write, an autosave or submit, a page where the instructor
 * writes (grading), or an access check that guards a write (decision 0087).
 */
export function analyticsDb(): Db {
  const urls = env().DATABASE_REPLICA_URL;
  if (urls.length === 0) return db;
  const key = urls.join(",");
  if (g.reportReplicas?.urls !== key) {
    for (const c of g.reportReplicas?.clients ?? [])
      c.$disconnect().catch((e: unknown) => console.error(`report replica: disconnecting failed (${String(e)})`));
    g.reportReplicas = { urls: key, clients: urls.map(replicaClient), downUntil: urls.map(() => 0) };
  }
  const { clients: raw, downUntil } = g.reportReplicas;
  if (mine?.raw !== raw)
    mine = { raw, clients: raw.map((c, i) => failingClearly(c, () => (downUntil[i] = Date.now() + DOWN_MS))) };
  const now = Date.now();
  const up = mine.clients.filter((_, i) => downUntil[i]! <= now);
  const pool = up.length > 0 ? up : mine.clients;
  return pool[Math.floor(Math.random() * pool.length)]!;
}
