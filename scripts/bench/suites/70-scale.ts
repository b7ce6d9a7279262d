// Several app servers behind a real load balancer (Debian's nginx, unprivileged, config written to a temp folder),
// one PostgreSQL, in one run: for 1, 2 and 3 app servers (SCALE_SERVERS=1,2,3), and for the production server on
// its own (scripts/serve.mjs, one process per core, no nginx), the autosave's saturation rate, the classroom's
// p95 (1,000 students, 500 saves/s), the essay page's p50 and the live fan-out to 1,000 SSE streams held by a
// separate process; then the database check (0 lost / 0 duplicated) and the plain-pg ceiling beside them.
// Opt-in: `npm run bench -- scale`.
import os from "node:os";
import autocannon from "autocannon";
import { seedLiveAssignment } from "../../../tests/fixtures/live-data";
import { startInstance } from "../../../tests/support/live-http";
import { freePort, nginxVersion, startAppServers, startNginx } from "../balancer";
import { startPgBouncer } from "../pgbouncer";
import { cpuBetween, cpuSample, groupRssMb } from "../cpu";
import { Crowd, wallNow, type Arrived } from "../crowd";
import { mintSessionCookie, percentile, type BenchContext, type BenchResult, type BenchSuite } from "../context";
import { ceiling, classroom, Ledger, load, setup, verify, type Setup } from "./10-saves";

const SECONDS = Number(process.env.SCALE_SECONDS ?? 10);
const COUNTS = (process.env.SCALE_SERVERS ?? "1,2,3")
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
const LIVE_CLIENTS = Number(process.env.SCALE_LIVE_CLIENTS ?? 1000);
const LIVE_ROUNDS = 3;

type Layout = { label: string; key: string; url: string; groups: number[]; stop: () => Promise<void> };

async function control(url: string, sessionId: string, cookie: string, action: string, from: object) {
  const res = await fetch(`${url}/api/live/${sessionId}/control`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ action, from }),
  });
  if (!res.ok) throw new Error(`control ${action} answered ${res.status}: ${await res.text()}`);
}

/** "next question" to receipt on LIVE_CLIENTS streams held by the crowd process, over LIVE_ROUNDS questions. */
async function fanOut(ctx: BenchContext, url: string, s: Setup, teacher: { id: string; cookie: string }) {
  const students = s.students.slice(0, LIVE_CLIENTS);
  const fx = await seedLiveAssignment((t, p) => ctx.pool.query(t, p).then((r) => r.rows), {
    instructorId: teacher.id,
    studentIds: students.map((x) => x.id),
    title: "Scale live",
  });
  const sessionId = `scale-live-${Date.now().toString(36)}`;
  await ctx.pool.query(`INSERT INTO "LiveSession" (id, "assignmentId", "joinCode") VALUES ($1, $2, $3)`, [
    sessionId,
    fx.assignmentId,
    String(Date.now()).slice(-6),
  ]);
  const crowd = new Crowd();
  try {
    const opened = await crowd.open(
      `${url}/api/live/${sessionId}/events`,
      students.map((x) => x.cookie),
    );
    if (opened.failed) throw new Error(`${opened.failed} streams failed to open: ${JSON.stringify(opened.errors)}`);
    const latencies: number[] = [];
    let from = { state: "LOBBY", index: -1 };
    let missing = 0;
    for (let round = 0; round < Math.min(LIVE_ROUNDS, fx.questions.length); round++) {
      crowd.expect(round, undefined, 30_000);
      const t0 = wallNow();
      await control(url, sessionId, teacher.cookie, "next", from);
      const arrived = await crowd.next<Arrived>("arrived");
      missing += arrived.missing;
      for (const t of arrived.times) if (t !== null) latencies.push(t - t0);
      await control(url, sessionId, teacher.cookie, "reveal", { state: "QUESTION", index: round });
      from = { state: "REVEAL", index: round };
    }
    return { latencies, missing, clients: opened.open };
  } finally {
    await crowd.close();
  }
}

async function measure(
  ctx: BenchContext,
  layout: Layout,
  s: Setup,
  ledger: Ledger,
  teacher: { id: string; cookie: string },
) {
  const at = { ...ctx, baseUrl: layout.url };
  // Fresh processes: their first requests load route code and open pools. Warm them before measuring.
  await load(at, s, ledger, { students: 500, connections: 50, seconds: 3 });
  await autocannon({
    url: `${layout.url}/essays/moscows-geopolitical-gamble`,
    connections: 4,
    duration: 2,
    headers: { cookie: s.students[0]!.cookie },
  });
  ctx.log(`${layout.label}: saturation, 500 students closed loop, ${SECONDS} s…`);
  const before = cpuSample(layout.groups);
  const sat = await load(at, s, ledger, { students: 500, connections: 500, seconds: SECONDS });
  const cpu = cpuBetween(before, cpuSample(layout.groups), sat.r["2xx"]);
  ctx.log(`${layout.label}: classroom, 1,000 students, 500 saves/s, ${SECONDS} s…`);
  const room = await classroom(at, s, ledger, SECONDS);
  const page = await autocannon({
    url: `${layout.url}/essays/moscows-geopolitical-gamble`,
    connections: 20,
    duration: 5,
    headers: { cookie: s.students[0]!.cookie },
  });
  ctx.log(`${layout.label}: live fan-out to ${LIVE_CLIENTS} streams…`);
  const live = await fanOut(ctx, layout.url, s, teacher);
  const rss = groupRssMb(layout.groups);
  const r: BenchResult = {
    [`scale_${layout.key}_saves_per_s`]: { value: sat.r["2xx"] / sat.r.duration, unit: "answers/s" },
    [`scale_${layout.key}_saturation_errors`]: {
      value: sat.r.errors + sat.r.non2xx + sat.r.timeouts,
      unit: "count",
    },
    [`scale_${layout.key}_classroom_p95_ms`]: { value: percentile(room.latencies, 95), unit: "ms" },
    [`scale_${layout.key}_classroom_errors`]: { value: room.errors, unit: "count" },
    [`scale_${layout.key}_essay_page_p50_ms`]: { value: page.latency.p50, unit: "ms" },
    [`scale_${layout.key}_essay_page_per_s`]: { value: page.requests.average, unit: "req/s" },
    [`scale_${layout.key}_live_p50_ms`]: { value: percentile(live.latencies, 50), unit: "ms" },
    [`scale_${layout.key}_live_p95_ms`]: { value: percentile(live.latencies, 95), unit: "ms" },
    [`scale_${layout.key}_live_missing`]: { value: live.missing, unit: "count" },
    [`scale_${layout.key}_cpu_app_cores`]: { value: cpu.next.cores, unit: "cores" },
    [`scale_${layout.key}_cpu_postgres_cores`]: { value: cpu.postgres.cores, unit: "cores" },
    [`scale_${layout.key}_cpu_machine_cores`]: { value: cpu.machine.cores, unit: "cores" },
    [`scale_${layout.key}_app_rss_mb`]: { value: rss.reduce((a, b) => a + b, 0), unit: "MiB" },
  };
  ctx.log(
    `${layout.label}: ${r[`scale_${layout.key}_saves_per_s`]!.value.toFixed(0)} saves/s; classroom p95 ${percentile(room.latencies, 95).toFixed(1)} ms; essay p50 ${page.latency.p50} ms; live p95 ${percentile(live.latencies, 95).toFixed(0)} ms (${live.clients} streams); app ${cpu.next.cores.toFixed(2)} cores, PostgreSQL ${cpu.postgres.cores.toFixed(2)}, machine ${cpu.machine.cores.toFixed(2)} of ${os.cpus().length}`,
  );
  return r;
}

const suite: BenchSuite = {
  name: "scale",
  optIn: true,
  async run(ctx) {
    ctx.log(`nginx ${nginxVersion()}; ${os.cpus().length} cores; app servers ${COUNTS.join(", ")} behind it`);
    // Sessions minted, not signed in (see mintSessionCookie): 1,000 sign-ins take minutes on a busy machine. The
    // bench ids are the emails' local parts (context.ts, createUsers).
    const s = await setup({
      ...ctx,
      signIn: (email) => mintSessionCookie(ctx.secret, { id: email.split("@")[0]!, email, name: email }, "STUDENT"),
    });
    const ledger = new Ledger();
    const [t] = await ctx.createUsers(1, "INSTRUCTOR", `scale-t${Date.now().toString(36)}`);
    const teacher = { id: t!.id, cookie: await mintSessionCookie(ctx.secret, t!, "INSTRUCTOR") };
    const results: BenchResult = {};

    const layouts: (() => Promise<Layout>)[] = COUNTS.map((n) => async () => {
      const port = await freePort(0);
      const publicUrl = `http://127.0.0.1:${port}`;
      const servers = await startAppServers(n, ctx.databaseUrl, {
        distDir: ctx.distDir,
        secret: ctx.secret,
        publicUrl,
      });
      const nginx = await startNginx(servers.urls, port).catch(async (e) => {
        await servers.stop();
        throw e;
      });
      return {
        label: `nginx → ${n} app server${n === 1 ? "" : "s"}`,
        key: `nginx_${n}`,
        url: nginx.url,
        groups: servers.pids,
        stop: async () => {
          await nginx.stop();
          await servers.stop();
        },
      };
    });
    // The same behind PgBouncer in transaction mode (SCALE_PGBOUNCER=2 or 1,2,3: those server counts): the app's
    // pools talk to PgBouncer, which holds SCALE_PGBOUNCER_POOL server connections; live mode's LISTEN goes direct.
    const bounced = (process.env.SCALE_PGBOUNCER ?? "")
      .split(",")
      .map(Number)
      .filter((n) => n > 0);
    const poolSize = Number(process.env.SCALE_PGBOUNCER_POOL ?? 20);
    for (const n of bounced)
      layouts.push(async () => {
        const bouncer = await startPgBouncer(ctx.databaseUrl, poolSize);
        const port = await freePort(0);
        const publicUrl = `http://127.0.0.1:${port}`;
        const servers = await startAppServers(n, bouncer.url, {
          distDir: ctx.distDir,
          secret: ctx.secret,
          publicUrl,
          env: { DATABASE_LISTEN_URL: ctx.databaseUrl },
        }).catch(async (e) => {
          await bouncer.stop();
          throw e;
        });
        const nginx = await startNginx(servers.urls, port).catch(async (e) => {
          await servers.stop();
          await bouncer.stop();
          throw e;
        });
        return {
          label: `nginx → ${n} app server${n === 1 ? "" : "s"} → PgBouncer ${bouncer.version} (transaction, ${poolSize} server connections)`,
          key: `pgbouncer_${n}`,
          url: nginx.url,
          groups: servers.pids,
          stop: async () => {
            await nginx.stop();
            await servers.stop();
            await bouncer.stop();
          },
        };
      });
    // The production server alone: one process per core on one port, no balancer.
    layouts.push(async () => {
      const app = await startInstance(ctx.databaseUrl, {
        distDir: ctx.distDir,
        secret: ctx.secret,
        workers: os.availableParallelism(),
      });
      return {
        label: `scripts/serve.mjs, ${os.availableParallelism()} processes`,
        key: "serve_per_core",
        url: app.url,
        groups: [app.pid],
        stop: app.stop,
      };
    });

    for (const make of layouts) {
      const layout = await make();
      try {
        Object.assign(results, await measure(ctx, layout, s, ledger, teacher));
      } finally {
        await layout.stop();
      }
    }

    const check = await verify(ctx, s, ledger);
    ctx.log(`database check: ${check.acked} acknowledged pairs, ${check.lost} lost, ${check.duplicated} duplicated`);
    ctx.log(`ceiling: the save's statement through plain pg, 500 concurrent, ${SECONDS} s…`);
    const ceil = await ceiling(ctx, { ...s, students: s.students.slice(500) }, ledger, SECONDS);
    return {
      ...results,
      scale_saves_lost: { value: check.lost, unit: "count" },
      scale_saves_duplicated: { value: check.duplicated, unit: "count" },
      scale_ceiling_pg_answers_per_s: { value: ceil.perSecond, unit: "answers/s" },
    };
  },
};
export default suite;
