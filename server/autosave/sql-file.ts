import "server-only";
import fs from "node:fs";
import path from "node:path";

const cache = new Map<string, string>();

/**
 * The text of prisma/sql/<name>.sql, read once per process. The autosave's SQL lives in those files, laid out
 * for Prisma's TypedSQL ($1… parameters, one statement each), and runs through Prisma's driver adapter (autosave-db.ts) until
 * TypedSQL can be generated here (docs/decisions/0011-autosave-through-prisma-and-its-pool.md). Read from the project
 * folder, where `next start`, `next dev`, Vitest and the benchmark all run.
 */
export type SqlFileName = "saveResponse" | "upsertDebateResponse";

export function sqlFile(name: SqlFileName): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = fs.readFileSync(path.join(process.cwd(), "prisma", "sql", `${name}.sql`), "utf8");
    cache.set(name, text);
  }
  return text;
}
