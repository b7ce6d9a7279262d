// The instructor's report page while the primary is saturated by saves, with the app reading reports from the
// primary and then from a streaming replica (DATABASE_REPLICA_URL, decision 0087). Its own PostgreSQL pair
// (scripts/bench/pg-pair.ts: Debian's PostgreSQL, a primary and a pg_basebackup replica), migrated and seeded, a
// 1,000-student class for the saves and a report of REPLICA_REPORT_STUDENTS × 30 questions; then, for each layout,
// a fresh `next start`: the report page idle, then the saves' closed loop (500 students, as the saves suite's
// saturation) for REPLICA_SECONDS with one instructor loading the report page over and over. Prints the report
// page's p50/p95 and saves/s for each, the replica's lag while saves poured in, which database answered the
// reports, and the database check (0 lost, 0 duplicated). Opt-in: `npm run bench -- replica`.
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { buildReportScenario } from "../../../tests/fixtures/analytics-data";
import { startInstance } from "../../../tests/support/live-http";
import { cpuBetween, cpuSample } from "../cpu";
import { makeContext, mintSessionCookie, percentile, type BenchResult, type BenchSuite } from "../context";
import { startPgPair, type PgPair } from "../pg-pair";
import { answer, questions } from "./20-dashboard";
import { Ledger, load, setup, verify, type Setup } from "./10-saves";

const SECONDS = Number(process.env.REPLICA_SECONDS ?? 20);
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
        const results: BenchResult = {};

        for (const layout of ["primary", "replica"] as const) {
          const app = await startInstance(pair.primaryUrl, {
            distDir: ctx.distDir,
            secret: ctx.secret,
            env: { DATABASE_REPLICA_URL: layout === "replica" ? pair.replicaUrl : "" },
          });
          try {
            const at = { ...base, baseUrl: app.url };
            const reportUrl = `${app.url}/assignments/${report.assignmentId}/report`;
            await load(at, s, ledger, { students: 500, connections: 50, seconds: 3 });
            for (let i = 0; i < 3; i++) await loadReport(reportUrl, teacher);
            const idle: number[] = [];
            for (let i = 0; i < 10; i++) idle.push(await loadReport(reportUrl, teacher));

            ctx.log(`reports from the ${layout}: saves closed loop (500 students) for ${SECONDS} s + report page…`);
            const reads0 = await replicaReads(pair);
            const cpu0 = cpuSample(app.pid);
            const saves = load(at, s, ledger, { students: 500, connections: 500, seconds: SECONDS });
            let done = false;
            const finished = () => {
              done = true;
            };
            saves.then(finished, finished);
            const lags: number[] = [];
            let lagBytes = 0;
            const sampler = (async () => {
              while (!done) {
                const l = await pair.lag();
                if (l.ms !== null) lags.push(l.ms);
                lagBytes = Math.max(lagBytes, l.bytes);
                await new Promise((r) => setTimeout(r, 500));
              }
            })();
            await new Promise((r) => setTimeout(r, 2000)); // let the load reach saturation
            const busy: number[] = [];
            while (!done) busy.push(await loadReport(reportUrl, teacher));
            const sat = await saves;
            await sampler;
            const cpu = cpuBetween(cpu0, cpuSample(app.pid), sat.r["2xx"]);
            const reads = (await replicaReads(pair)) - reads0;
            const k = `replica_reports_from_${layout}`;
            Object.assign(results, {
              [`${k}_idle_report_p50_ms`]: { value: percentile(idle, 50), unit: "ms" },
              [`${k}_report_p50_ms`]: { value: percentile(busy, 50), unit: "ms" },
              [`${k}_report_p95_ms`]: { value: percentile(busy, 95), unit: "ms" },
              [`${k}_report_loads`]: { value: busy.length, unit: "pages" },
              [`${k}_saves_per_s`]: { value: sat.r["2xx"] / sat.r.duration, unit: "answers/s" },
              [`${k}_save_errors`]: { value: sat.r.errors + sat.r.non2xx + sat.r.timeouts, unit: "count" },
              [`${k}_replica_transactions`]: { value: reads, unit: "count" },
              [`${k}_replica_lag_p50_ms`]: { value: percentile(lags, 50), unit: "ms" },
              [`${k}_replica_lag_max_ms`]: { value: lags.length ? Math.max(...lags) : NaN, unit: "ms" },
              [`${k}_replica_lag_max_bytes`]: { value: lagBytes, unit: "bytes" },
              [`${k}_app_cores`]: { value: cpu.next.cores, unit: "cores" },
              [`${k}_machine_cores`]: { value: cpu.machine.cores, unit: "cores" },
              [`${k}_load_average_1m`]: { value: os.loadavg()[0]!, unit: "runnable processes" },
            });
            ctx.log(
              `reports from the ${layout}: report p50 ${percentile(busy, 50).toFixed(0)} ms, p95 ${percentile(busy, 95).toFixed(0)} ms (${busy.length} loads; idle p50 ${percentile(idle, 50).toFixed(0)} ms); ${(sat.r["2xx"] / sat.r.duration).toFixed(0)} saves/s; ${reads} transactions on the replica; replica lag p50 ${percentile(lags, 50).toFixed(1)} ms, max ${lags.length ? Math.max(...lags).toFixed(1) : "-"} ms`,
            );
          } finally {
            await app.stop();
          }
        }
        const check = await verify(base, s, ledger);
        ctx.log(
          `database check: ${check.acked} acknowledged pairs, ${check.lost} lost, ${check.duplicated} duplicated`,
        );
        return {
          ...results,
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
