import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

/**
 * A client of the primary. A database host that takes a connection and never answers (a dead VM, a dropped
 * route) fails the request after PG_CONNECT_TIMEOUT_MS instead of holding it, and a slot of the pool, for ever.
 */
export function primaryClient(url = env().DATABASE_URL, connectTimeoutMs = env().PG_CONNECT_TIMEOUT_MS) {
  const adapter = new PrismaPg({
    connectionString: url,
    max: env().PG_POOL_MAX,
    connectionTimeoutMillis: connectTimeoutMs,
  });
  return new PrismaClient({ adapter });
}

// One client per process, created on first use (so `next build` needs no database); kept on globalThis so
// dev-mode hot reloads do not open a pool per edit.
const g = globalThis as unknown as { prisma?: PrismaClient };
function client(): PrismaClient {
  g.prisma ??= primaryClient();
  return g.prisma;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const c = client();
    const value = Reflect.get(c, prop, c);
    return typeof value === "function" ? value.bind(c) : value;
  },
});

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
