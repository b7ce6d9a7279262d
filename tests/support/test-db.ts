// Helpers for integration tests: they run against the real PostgreSQL that `npm test` prepared
// (DATABASE_URL, migrated and seeded). Tests that need an empty database make their own and drop it.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/server/generated/prisma/client";

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Integration tests need DATABASE_URL; run them through `npm test`.");
  return url;
}

export function prismaFor(url = databaseUrl()) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

/** Creates an empty database on the same server; returns its URL and a drop function. */
export async function scratchDatabase(tag: string) {
  const admin = new URL(databaseUrl());
  const name = `pq_scratch_${tag}_${Date.now().toString(36)}_${process.pid}`.toLowerCase();
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  await c.query(`CREATE DATABASE "${name}"`);
  await c.end();
  const url = new URL(admin.toString());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const d = new pg.Client({ connectionString: admin.toString() });
      await d.connect();
      await d.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await d.end();
    },
  };
}
