import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

function createClient() {
  const adapter = new PrismaPg({ connectionString: env().DATABASE_URL, max: env().PG_POOL_MAX });
  return new PrismaClient({ adapter });
}

// One client per process, created on first use (so `next build` needs no database); kept on globalThis so
// dev-mode hot reloads do not open a pool per edit.
const g = globalThis as unknown as { prisma?: PrismaClient };
function client(): PrismaClient {
  g.prisma ??= createClient();
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
