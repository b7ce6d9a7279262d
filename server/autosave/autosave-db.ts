import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum, type ArgType, type SqlDriverAdapter, type SqlResultSet } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "../generated/prisma/client";
import { hotPool } from "./hot-pool";
import { sqlFile, type SqlFileName } from "./sql-file";

// Statements sent under a name are prepared once per connection; PostgreSQL then skips parsing and planning
// on every later call (the save's statement: ~2.4× what the database alone can take, `npm run bench -- saves`,
// ceiling). Only the autosave's own files are named; any other query on this client goes unnamed.
const NAMED: SqlFileName[] = ["saveResponse"];
let names: Map<string, string> | null = null;
const statementName = (sql: string) => (names ??= new Map(NAMED.map((n) => [sqlFile(n), `autosave_${n}`]))).get(sql);

const g = globalThis as unknown as { autosaveDb?: PrismaClient; autosaveAdapter?: Promise<SqlDriverAdapter> };
const adapterFactory = () => new PrismaPg(hotPool(), { statementNameGenerator: (q) => statementName(q.sql)! });

/**
 * The Prisma client the autosave writes through: on the autosave's own pool (hot-pool.ts), with its statements
 * named. Kept on globalThis like `db`, so dev-mode reloads do not open a pool per edit.
 */
export function autosaveDb(): PrismaClient {
  g.autosaveDb ??= new PrismaClient({
    adapter: adapterFactory(),
  });
  return g.autosaveDb;
}

/**
 * The save's statement runs one layer below the Prisma client, on the Prisma driver adapter the client itself
 * sends its SQL through (`@prisma/adapter-pg`: same pool, same named statement, same type mapping). On the
 * app's busiest path the client's own layers (request building, the raw-query plan, result deserialisation)
 * cost about as much again as the rest of the save: saturation fell to about half of the plain-`pg` figure
 * (docs/decisions/0011, "Measured again").
 */
export async function queryThroughAdapter<Row>(sql: string, args: unknown[], argTypes: ArgType[]): Promise<Row[]> {
  const adapter = await (g.autosaveAdapter ??= adapterFactory().connect());
  return rowObjects<Row>(await adapter.queryRaw({ sql, args, argTypes }));
}

/** The adapter's rows (arrays) as objects by column name, its timestamps (ISO text) as Dates, as the client gives them. */
export function rowObjects<Row>(r: SqlResultSet): Row[] {
  return r.rows.map((values) => {
    const row: Record<string, unknown> = {};
    r.columnNames.forEach((name, i) => {
      const v = values[i];
      row[name] = r.columnTypes[i] === ColumnTypeEnum.DateTime && typeof v === "string" ? new Date(v) : v;
    });
    return row as Row;
  });
}
