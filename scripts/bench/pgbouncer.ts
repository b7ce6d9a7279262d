// PgBouncer in transaction mode between the app servers and PostgreSQL, for `npm run bench -- scale` with
// SCALE_PGBOUNCER=1. The binary: $PGBOUNCER_BIN, else .cache/pgbouncer/pgbouncer (scripts/bench/build-pgbouncer.sh
// builds Debian 13's 1.24 there), else the system's if it is ≥ 1.21. Started unprivileged in a temp folder, with
// trust auth to the bench's own throwaway database server; stopped afterwards.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "../embedded-pg.mjs";

const root = path.resolve(import.meta.dirname, "../..");

/** The binary to run, or why there is none. */
export function pgbouncerBinary(): { bin: string; version: string } | { missing: string } {
  const candidates = [
    process.env.PGBOUNCER_BIN,
    path.join(root, ".cache/pgbouncer/pgbouncer"),
    "/usr/sbin/pgbouncer",
  ].filter((c): c is string => !!c && fs.existsSync(c));
  for (const bin of candidates) {
    const v = spawnSync(bin, ["--version"], { encoding: "utf8" }).stdout.match(/PgBouncer (\d+)\.(\d+)\.(\d+)/);
    if (v && (Number(v[1]) > 1 || Number(v[2]) >= 21)) return { bin, version: `${v[1]}.${v[2]}.${v[3]}` };
  }
  return { missing: "no PgBouncer ≥ 1.21 (run scripts/bench/build-pgbouncer.sh, or set PGBOUNCER_BIN)" };
}

export type Bouncer = { url: string; version: string; stop: () => Promise<void> };

/**
 * PgBouncer on a free port in front of `databaseUrl`'s server, transaction pooling, `max_prepared_statements`
 * set so named statements survive connection switching. `poolSize` is the server connections per database.
 */
export async function startPgBouncer(databaseUrl: string, poolSize: number): Promise<Bouncer> {
  const found = pgbouncerBinary();
  if ("missing" in found) throw new Error(found.missing);
  const target = new URL(databaseUrl);
  const db = target.pathname.slice(1);
  const user = decodeURIComponent(target.username || "postgres");
  const port = await freePort(0);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "passage-pgbouncer-"));
  fs.chmodSync(dir, 0o777);
  fs.writeFileSync(path.join(dir, "users.txt"), `"${user}" ""\n`);
  fs.writeFileSync(
    path.join(dir, "pgbouncer.ini"),
    `;; Written by scripts/bench/pgbouncer.ts for one benchmark run.
[databases]
${db} = host=${target.hostname} port=${target.port || 5432} dbname=${db} user=${user}${target.password ? ` password=${decodeURIComponent(target.password)}` : ""}
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
unix_socket_dir =
auth_type = trust
auth_file = ${dir}/users.txt
pool_mode = transaction
max_prepared_statements = 200
default_pool_size = ${poolSize}
max_client_conn = 5000
ignore_startup_parameters = extra_float_digits,options,application_name
logfile = ${dir}/pgbouncer.log
pidfile = ${dir}/pgbouncer.pid
`,
  );
  const args = [path.join(dir, "pgbouncer.ini")];
  const [cmd, argv] =
    process.getuid?.() === 0
      ? ["/usr/bin/setpriv", ["--reuid=nobody", "--regid=nogroup", "--clear-groups", found.bin, ...args]]
      : [found.bin, args];
  // Its log is in the temp folder (logfile); stderr only for failing to start.
  const child = spawn(cmd, argv, { stdio: ["ignore", "ignore", "ignore"] });
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const url = `postgresql://${encodeURIComponent(user)}@127.0.0.1:${port}/${db}`;
  for (let i = 0; ; i++) {
    const c = new pg.Client({ connectionString: url });
    try {
      await c.connect();
      await c.query("SELECT 1");
      await c.end();
      break;
    } catch {
      await c.end().catch(() => {});
      if (i > 60 || child.exitCode !== null) {
        child.kill("SIGKILL");
        throw new Error(`PgBouncer did not come up on ${url} (see ${dir}/pgbouncer.log)`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return {
    url,
    version: found.version,
    async stop() {
      child.kill("SIGINT");
      const t = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(t);
      // A LISTEN through transaction pooling, a statement it could not keep…: only its log says.
      const log = path.join(dir, "pgbouncer.log");
      const problems = fs.existsSync(log)
        ? fs
            .readFileSync(log, "utf8")
            .split("\n")
            .filter((l) => / (WARNING|ERROR|FATAL) /.test(l))
        : [];
      if (problems.length) console.error(`PgBouncer logged ${problems.length} problems, first: ${problems[0]}`);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
