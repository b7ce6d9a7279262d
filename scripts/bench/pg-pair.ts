// A PostgreSQL primary and a streaming replica of it, both from Debian's PostgreSQL binaries, in a temporary folder
// on free loopback ports, for `npm run bench -- replica`. The bench's usual database cannot be the primary: the
// embedded PostgreSQL from npm (18) ships no pg_basebackup (and Debian's 15 cannot copy an 18), and a base backup
// of $DATABASE_URL's server would copy every database on it, other people's included. Runs unprivileged (as the
// `postgres` user when this runs as root, since PostgreSQL refuses root).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "./balancer";

export const PG_BIN = process.env.REPLICA_PG_BIN ?? "/usr/lib/postgresql/15/bin";

function asPostgres(cmd: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [cmd, args];
  return ["/usr/bin/setpriv", ["--reuid=postgres", "--regid=postgres", "--init-groups", cmd, ...args]];
}

function run(bin: string, args: string[]) {
  const [cmd, full] = asPostgres(path.join(PG_BIN, bin), args);
  const r = spawnSync(cmd, full, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${bin} ${args.join(" ")} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

export type PgPair = {
  version: string;
  primaryUrl: string;
  replicaUrl: string;
  /** the replica has replayed everything the primary had written when this was called */
  caughtUp: (timeoutMs?: number) => Promise<number>;
  /** the primary's view of the replica's replay lag (pg_stat_replication), in ms and bytes; null when idle */
  lag: () => Promise<{ ms: number | null; bytes: number }>;
  stop: () => Promise<void>;
};

export async function startPgPair(database: string): Promise<PgPair> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "passage-pgpair-"));
  if (process.getuid?.() === 0) {
    const id = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout.trim();
    const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout.trim();
    fs.chownSync(dir, Number(id), Number(gid));
  }
  const primaryDir = path.join(dir, "primary");
  const replicaDir = path.join(dir, "replica");
  const [pPort, rPort] = [await freePort(0), await freePort(0)];
  const started: string[] = [];
  const stop = async () => {
    for (const d of started.reverse())
      try {
        run("pg_ctl", ["-D", d, "-m", "fast", "-w", "stop"]);
      } catch (e) {
        console.error(String(e));
      }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    run("initdb", ["-D", primaryDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
    fs.appendFileSync(
      path.join(primaryDir, "postgresql.conf"),
      [
        "",
        "# scripts/bench/pg-pair.ts",
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${dir}'`,
        "wal_level = replica",
        "max_wal_senders = 4",
        "max_connections = 200",
        "hot_standby = on",
        // long report queries on the replica are not cancelled by the primary's vacuum of rows they still read
        "hot_standby_feedback = on",
        "",
      ].join("\n"),
    );
    run("pg_ctl", ["-D", primaryDir, "-o", `-p ${pPort}`, "-l", path.join(dir, "primary.log"), "-w", "start"]);
    started.push(primaryDir);
    const admin = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${pPort}/postgres` });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    // -R writes primary_conninfo and standby.signal: the copy starts as a hot standby streaming from the primary
    run("pg_basebackup", [
      "-h",
      "127.0.0.1",
      "-p",
      String(pPort),
      "-U",
      "postgres",
      "-D",
      replicaDir,
      "-R",
      "-X",
      "stream",
      "-c",
      "fast",
    ]);
    run("pg_ctl", ["-D", replicaDir, "-o", `-p ${rPort}`, "-l", path.join(dir, "replica.log"), "-w", "start"]);
    started.push(replicaDir);
  } catch (e) {
    await stop();
    throw e;
  }
  const primaryUrl = `postgresql://postgres@127.0.0.1:${pPort}/${database}`;
  const replicaUrl = `postgresql://postgres@127.0.0.1:${rPort}/${database}`;
  const one = async <T>(url: string, sql: string): Promise<T> => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query(sql)).rows[0] as T;
    } finally {
      await c.end();
    }
  };
  return {
    version: run("postgres", ["--version"]).trim(),
    primaryUrl,
    replicaUrl,
    async caughtUp(timeoutMs = 60_000) {
      const t0 = Date.now();
      const { lsn } = await one<{ lsn: string }>(primaryUrl, "SELECT pg_current_wal_lsn()::text AS lsn");
      for (;;) {
        const { behind } = await one<{ behind: string | null }>(
          replicaUrl,
          `SELECT pg_wal_lsn_diff('${lsn}', pg_last_wal_replay_lsn())::text AS behind`,
        );
        if (behind !== null && Number(behind) <= 0) return Date.now() - t0;
        if (Date.now() - t0 > timeoutMs) throw new Error(`the replica is still ${behind} bytes behind`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async lag() {
      const r = await one<{ ms: number | null; bytes: string | null } | undefined>(
        primaryUrl,
        `SELECT (EXTRACT(EPOCH FROM replay_lag) * 1000)::float8 AS ms,
           pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::text AS bytes FROM pg_stat_replication`,
      );
      return { ms: r?.ms ?? null, bytes: Number(r?.bytes ?? 0) };
    },
    stop,
  };
}
