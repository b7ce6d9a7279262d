import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { hotPool } from "./hot-pool";
import { sqlFile, type SqlFileName } from "./sql-file";

// Statements sent under a name are prepared once per connection; PostgreSQL then skips parsing and planning
// on every later call (the save's statement: ~2.4× what the database alone can take, `npm run bench -- saves`,
// ceiling). Only the autosave's own files are named; any other query on this client goes unnamed.
const NAMED: SqlFileName[] = ["saveResponse"];
let names: Map<string, string> | null = null;
const statementName = (sql: string) => (names ??= new Map(NAMED.map((n) => [sqlFile(n), `autosave_${n}`]))).get(sql);

const g = globalThis as unknown as { autosaveDb?: PrismaClient };

/**
 * The Prisma client the autosave writes through: on the autosave's own pool (hot-pool.ts), with its statements
 * named. Kept on globalThis like `db`, so dev-mode reloads do not open a pool per edit.
 */
export function autosaveDb(): PrismaClient {
  g.autosaveDb ??= new PrismaClient({
    adapter: new PrismaPg(hotPool(), { statementNameGenerator: (q) => statementName(q.sql)! }),
  });
  return g.autosaveDb;
}
