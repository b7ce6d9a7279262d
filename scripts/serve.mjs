#!/usr/bin/env node
// The production app server: one Next process per core, sharing one port (Node's cluster module).
//   node scripts/serve.mjs [-p PORT] [-H HOST]       (PORT / HOSTNAME from the environment otherwise)
// WEB_CONCURRENCY   how many app processes (default: the cores Node may use, os.availableParallelism())
// SHUTDOWN_GRACE_MS how long a stopping process lets requests in flight finish (default 10000); open live
//                   streams are closed at once (the browser's EventSource reconnects, to a process still up,
//                   and resumes from Last-Event-ID)
// SERVE_WORKER_HEADER=1  answers carry X-Passage-Worker: <pid> (tests and benchmarks only: which process served)
//
// Each process is a whole app server: its own Next request handler, database pools and LISTEN connection. Nothing
// a request relies on lives in one process only: sessions are signed cookies, saves and submits are single
// statements in PostgreSQL (exactly once however many processes race), rate limits are rows, and live events
// reach every process through LISTEN/NOTIFY. So the cluster's round-robin needs no stickiness. A process that
// dies is replaced (after a pause that grows if it keeps dying at start).
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
// What `next start` sets: production React and Next, no telemetry.
process.env.NODE_ENV ??= "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const log = (msg) => console.log(`\x1b[35m[serve]\x1b[0m ${msg}`);

function option(flag, envName, fallback) {
  const i = process.argv.indexOf(flag);
  if (i >= 0 && process.argv[i + 1]) return process.argv[i + 1];
  return process.env[envName] || fallback;
}

/** WEB_CONCURRENCY as a count, or an error message. */
export function workerCount(raw, cores) {
  if (raw === undefined || raw.trim() === "") return { count: cores };
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    return { error: `WEB_CONCURRENCY must be a whole number from 1 to 256 (it is "${raw}").` };
  return { count: n };
}

async function primary() {
  const port = Number(option("-p", "PORT", "3000"));
  const hostname = option("-H", "HOSTNAME", undefined);
  const picked = workerCount(process.env.WEB_CONCURRENCY, os.availableParallelism());
  if (picked.error) {
    console.error(picked.error);
    process.exit(2);
  }
  const count = picked.count;
  const grace = Number(process.env.SHUTDOWN_GRACE_MS ?? 10_000);
  let stopping = false;
  let listening = 0;
  const startedAt = new Map(); // worker id → when it was forked
  let quickDeaths = 0;
  let everListening = false;

  const fork = () => {
    const w = cluster.fork({ SERVE_PORT: String(port), SERVE_HOST: hostname ?? "" });
    startedAt.set(w.id, Date.now());
    w.once("listening", () => {
      listening++;
      everListening = true;
      if (listening === count) log(`${count} app process${count === 1 ? "" : "es"} listening on port ${port}`);
      // It came up: a later death is not a crash loop.
      setTimeout(() => (quickDeaths = 0), 30_000).unref();
    });
  };

  cluster.on("exit", (w, code, signal) => {
    const lived = Date.now() - (startedAt.get(w.id) ?? Date.now());
    startedAt.delete(w.id);
    if (stopping) return;
    if (lived < 10_000) quickDeaths++;
    // Never up at all (no build, a bad setting): say so and stop instead of retrying forever.
    if (!everListening && quickDeaths >= 3) {
      stopping = true;
      console.error("The app processes keep failing at start (see above): stopping. Did `next build` run?");
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill("SIGTERM");
      process.exitCode = 1; // ends once the others have
      return;
    }
    const pause = Math.min(30_000, quickDeaths === 0 ? 0 : 500 * 2 ** (quickDeaths - 1));
    log(
      `app process ${w.process.pid} ended (${signal ?? `exit ${code}`}); starting another${pause ? ` in ${pause} ms` : ""}`,
    );
    setTimeout(() => {
      if (!stopping) fork();
    }, pause);
  });

  const stop = (sig) => {
    if (stopping) return;
    stopping = true;
    log(`${sig}: stopping ${Object.keys(cluster.workers ?? {}).length} app processes…`);
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
    const killer = setTimeout(() => {
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGKILL");
    }, grace + 5_000);
    killer.unref();
    const check = setInterval(() => {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        clearInterval(check);
        process.exit(0);
      }
    }, 50);
  };
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => stop(sig));

  log(`starting ${count} app process${count === 1 ? "" : "es"} (WEB_CONCURRENCY=${count})`);
  for (let i = 0; i < count; i++) fork();
}

async function worker() {
  const port = Number(process.env.SERVE_PORT);
  const hostname = process.env.SERVE_HOST || undefined;
  const grace = Number(process.env.SHUTDOWN_GRACE_MS ?? 10_000);
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: root, hostname: hostname ?? "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const pidHeader = process.env.SERVE_WORKER_HEADER === "1";
  let inFlight = 0; // requests other than live streams
  let stopping = false;
  let drained = () => {};
  const streams = new Set();

  const server = http.createServer((req, res) => {
    if (pidHeader) res.setHeader("X-Passage-Worker", String(process.pid));
    const stream = (req.headers.accept ?? "").includes("text/event-stream");
    if (stream) {
      streams.add(res);
      res.once("close", () => streams.delete(res));
    } else {
      inFlight++;
      res.once("close", () => {
        inFlight--;
        if (stopping && inFlight === 0) drained();
      });
    }
    // A stopping process finishes what it has but keeps no connection open for more.
    if (stopping) res.setHeader("Connection", "close");
    Promise.resolve(handle(req, res)).catch((e) => {
      console.error(`request ${req.method} ${req.url} failed`, e);
      if (!res.headersSent) res.writeHead(500).end("Internal Server Error");
    });
  });
  // Longer than a balancer's upstream keepalive (nginx: 60 s), so the balancer, not the app, closes idle ones.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.on("error", (e) => {
    console.error(`app process ${process.pid} could not listen: ${e.message}`);
    process.exit(1);
  });
  server.listen(port, hostname);

  process.on("SIGTERM", async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeIdleConnections();
    // Live streams end now: the browser reconnects to another process and resumes from its Last-Event-ID.
    for (const res of streams) res.destroy();
    if (inFlight > 0) await new Promise((r) => ((drained = r), setTimeout(r, grace).unref()));
    server.closeAllConnections();
    process.exit(0);
  });
  // The primary relays Ctrl-C as SIGTERM; the terminal's own SIGINT to the whole group is left to it.
  process.on("SIGINT", () => {});
}

if (process.argv[1] === import.meta.filename) {
  if (cluster.isPrimary) await primary();
  else await worker();
}
