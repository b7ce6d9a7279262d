// The instructor's report page while the primary is saturated by saves, with the app reading reports from the
// primary and then from a streaming replica (DATABASE_REPLICA_URL, decision 0087). Its own PostgreSQL pair
// (scripts/bench/pg-pair.ts: Debian's PostgreSQL, a primary and a pg_basebackup replica), migrated and seeded, a
// 1,000-student class for the saves and a report of REPLICA_REPORT_STUDENTS × 30 questions; then, for each layout,
// a fresh `next start`: the report page idle, then the saves' closed loop (500 students, as the saves suite's
// saturation) for REPLICA_SECONDS with one instructor loading the report page over and over; REPLICA_ROUNDS times,
// alternating. Prints the report
// page's p50/p95 and saves/s for each, the replica's lag while saves poured in, which database answered the
// reports, and the database check (0 lost, 0 duplicated). Opt-in: `npm run bench -- replica`.
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { buildReportScenario } from "../../../tests/fixtures/analytics-data";
import { startInstance } from "../../../tests/support/live-http";
import { cpuBetween, cpuSample } from "../cpu";
import {
  makeContext,
  mintSessionCookie,
  percentile,
  type BenchContext,
  type BenchResult,
  type BenchSuite,
} from "../context";
import { startPgPair, type PgPair } from "../pg-pair";
import { answer, questions } from "./20-dashboard";
import { Ledger, load, setup, verify, type Setup } from "./10-saves";

const SECONDS = Number(process.env.REPLICA_SECONDS ?? 20);
// Layouts alternate (primary, replica, primary, …) this many times, their samples pooled: on a shared machine the
// load moves during a run, and alternating spreads that over both.
const ROUNDS = Number(process.env.REPLICA_ROUNDS ?? 2);
const LAYOUTS = ["primary", "replica"] as const;
type Layout = (typeof LAYOUTS)[number];
const REPORT_STUDENTS = Number(process.env.REPLICA_REPORT_STUDENTS ?? 300);
const root = path.resolve(import.meta.dirname, "../../..");

function prepare(url: string) {
  const env = { ...process.env, DATABASE_URL: url, DEMO_DATA: "0" };
  for (const args of [
    [path.join(root, "node_modules/.bin/prisma"), "migrate", "deploy"],
    [path.join(root, "node_modules/.bin/tsx"), "--conditions=react-server", "prisma/seed.ts"],
  ]) {
    const r = spawnSync(args[0]!, args.slice(1), { cwd: root, env, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`${args.slice(1).join(" ")}: ${r.stdout}\n${r.stderr}`);
  }
}

/** Transactions the replica has run for clients since it started (its own sessions' reads). */
async function replicaReads(pair: PgPair): Promise<number> {
  const c = new pg.Client({ connectionString: pair.replicaUrl });
  await c.connect();
  try {
    const { rows } = await c.query(
      `SELECT (xact_commit + xact_rollback)::float8 AS n FROM pg_stat_database WHERE datname = current_database()`,
    );
    return Number(rows[0].n);
  } finally {
    await c.end();
  }
}

async function loadReport(url: string, cookie: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  const body = await res.text();
  if (!res.ok || !body.includes("Passage heatmap")) throw new Error(`${url} answered ${res.status}`);
  return performance.now() - t0;
}

type Sample = {
  idle: number[];
  busy: number[];
  lags: number[];
  lagBytes: number;
  saves: number;
  seconds: number;
  timeouts: number;
  failed: number;
  replicaReads: number;
  appCores: number[];
  machineCores: number[];
};
const empty = (): Sample => ({
  idle: [],
  busy: [],
  lags: [],
  lagBytes: 0,
  saves: 0,
  seconds: 0,
  timeouts: 0,
  failed: 0,
  replicaReads: 0,
  appCores: [],
  machineCores: [],
});
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** One layout once: a fresh `next start`, the report idle, then the report under the saves' closed loop. */
async function measure(
  ctx: BenchContext,
  pair: PgPair,
  layout: Layout,
  w: { s: Setup; ledger: Ledger; teacher: string; assignmentId: string },
  into: Sample,
) {
  const app = await startInstance(pair.primaryUrl, {
    distDir: ctx.distDir,
    secret: ctx.secret,
    env: { DATABASE_REPLICA_URL: layout === "replica" ? pair.replicaUrl : "" },
  });
  try {
    const at = { ...ctx, baseUrl: app.url };
    const reportUrl = `${app.url}/assignments/${w.assignmentId}/report`;
    await load(at, w.s, w.ledger, { students: 500, connections: 50, seconds: 3 });
    for (let i = 0; i < 3; i++) await loadReport(reportUrl, w.teacher);
    for (let i = 0; i < 10; i++) into.idle.push(await loadReport(reportUrl, w.teacher));

    const reads0 = await replicaReads(pair);
    const cpu0 = cpuSample(app.pid);
    const saves = load(at, w.s, w.ledger, { students: 500, connections: 500, seconds: SECONDS });
    let done = false;
    const finished = () => {
      done = true;
    };
    saves.then(finished, finished);
    const sampler = (async () => {
      while (!done) {
        const l = await pair.lag();
        if (l.ms !== null) into.lags.push(l.ms);
        into.lagBytes = Math.max(into.lagBytes, l.bytes);
        await new Promise((r) => setTimeout(r, 500));
      }
    })();
    await new Promise((r) => setTimeout(r, 2000)); // let the load reach saturation
    const busy: number[] = [];
    while (!done) busy.push(await loadReport(reportUrl, w.teacher));
    const sat = await saves;
    await sampler;
    const cpu = cpuBetween(cpu0, cpuSample(app.pid), sat.r["2xx"]);
    const reads = (await replicaReads(pair)) - reads0;
    into.busy.push(...busy);
    into.saves += sat.r["2xx"];
    into.seconds += sat.r.duration;
    into.timeouts += sat.r.timeouts;
    into.failed += sat.r.errors - sat.r.timeouts + sat.r.non2xx;
    into.replicaReads += reads;
    into.appCores.push(cpu.next.cores);
    into.machineCores.push(cpu.machine.cores);
    ctx.log(
      `reports from the ${layout}: report p50 ${percentile(busy, 50).toFixed(0)} ms (${busy.length} loads); ${(sat.r["2xx"] / sat.r.duration).toFixed(0)} saves/s, ${sat.r.timeouts} timed out (10 s); ${reads} transactions on the replica; load average ${os.loadavg()[0]!.toFixed(1)}`,
    );
  } finally {
    await app.stop();
  }
}

const suite: BenchSuite = {
  name: "replica",
  optIn: true,
  async run(ctx) {
    const pair = await startPgPair("passage_bench");
    try {
      ctx.log(`${pair.version}: primary and streaming replica; migrating and seeding the primary…`);
      prepare(pair.primaryUrl);
      // The suite's own context on the pair's primary; sessions minted with the app's secret (see scale).
      const base = makeContext(ctx.baseUrl, pair.primaryUrl, ctx.serverPid, {
        distDir: ctx.distDir,
        secret: ctx.secret,
      });
      const mint = (email: string) =>
        mintSessionCookie(ctx.secret, { id: email.split("@")[0]!, email, name: email }, "STUDENT");
      try {
        const s: Setup = await setup({ ...base, signIn: mint });
        const [t] = await base.createUsers(1, "INSTRUCTOR", `replica-t${Date.now().toString(36)}`);
        const teacher = await mintSessionCookie(ctx.secret, t!, "INSTRUCTOR");
        const report = await buildReportScenario((q, p) => base.pool.query(q, p), {
          tag: `replica${Date.now().toString(36)}`,
          instructorId: t!.id,
          students: REPORT_STUDENTS,
          questions,
          answer: (st, q) => answer(st, q),
        });
        await base.pool.query("ANALYZE");
        ctx.log(`replica caught up ${await pair.caughtUp()} ms after seeding (${REPORT_STUDENTS} × 30 report)`);
        const ledger = new Ledger();
        const w = { s, ledger, teacher, assignmentId: report.assignmentId };
        const samples = { primary: empty(), replica: empty() };
        for (let round = 1; round <= ROUNDS; round++)
          for (const layout of LAYOUTS) {
            ctx.log(`round ${round}/${ROUNDS}, reports from the ${layout}: saves (500 students) for ${SECONDS} s…`);
            await measure(base, pair, layout, w, samples[layout]);
          }

        const results: BenchResult = {};
        for (const layout of LAYOUTS) {
          const x = samples[layout];
          const k = `replica_reports_from_${layout}`;
          Object.assign(results, {
            [`${k}_idle_report_p50_ms`]: { value: percentile(x.idle, 50), unit: "ms" },
            [`${k}_report_p50_ms`]: { value: percentile(x.busy, 50), unit: "ms" },
            [`${k}_report_p95_ms`]: { value: percentile(x.busy, 95), unit: "ms" },
            [`${k}_report_loads`]: { value: x.busy.length, unit: "pages" },
            [`${k}_saves_per_s`]: { value: x.saves / x.seconds, unit: "answers/s" },
            [`${k}_saves_timed_out`]: { value: x.timeouts, unit: "count" },
            [`${k}_saves_failed`]: { value: x.failed, unit: "count" },
            [`${k}_replica_transactions`]: { value: x.replicaReads, unit: "count" },
            [`${k}_replica_lag_p50_ms`]: { value: percentile(x.lags, 50), unit: "ms" },
            [`${k}_replica_lag_max_ms`]: { value: x.lags.length ? Math.max(...x.lags) : NaN, unit: "ms" },
            [`${k}_replica_lag_max_bytes`]: { value: x.lagBytes, unit: "bytes" },
            [`${k}_app_cores`]: { value: mean(x.appCores), unit: "cores" },
            [`${k}_machine_cores`]: { value: mean(x.machineCores), unit: "cores" },
          });
        }
        const check = await verify(base, s, ledger);
        ctx.log(
          `database check: ${check.acked} acknowledged pairs, ${check.lost} lost, ${check.duplicated} duplicated`,
        );
        return {
          ...results,
          replica_load_average_1m: { value: os.loadavg()[0]!, unit: "runnable processes" },
          replica_saves_lost: { value: check.lost, unit: "count" },
          replica_saves_duplicated: { value: check.duplicated, unit: "count" },
        };
      } finally {
        await base.pool.end();
      }
    } finally {
      await pair.stop();
    }
  },
};
export default suite;
