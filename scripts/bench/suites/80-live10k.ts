// A 10,000-student live session across app servers behind nginx: 10,000 signed-in students hold SSE streams (in a
// separate process, live-crowd.mjs), the teacher moves through the questions, and on the first one every student
// answers within ANSWER_WINDOW_S of seeing it (10,000 answers in about 20 s). Prints question-to-screen
// p50/p95/max, answers/s, errors, answers acknowledged but not stored, memory per stream and per app server,
// file descriptors, PostgreSQL's connections and the CPU split while the answers arrive. Bounded: every wait has a
// limit, and a phase that misses it is reported, not waited for. Opt-in: `npm run bench -- live10k`.
//
// The students' session cookies are minted with next-auth's own encoder and the app's secret (the same JWT a
// sign-in sets): 10,000 password hashes through the sign-in endpoint would take the machine ~10 minutes, and
// sign-in is measured elsewhere. Every stream and answer still goes through the app's session and access checks.
import fs from "node:fs";
import os from "node:os";
import { seedLiveAssignment } from "../../../tests/fixtures/live-data";
import { freePort, startAppServers, startNginx } from "../balancer";
import { cpuBetween, cpuSample, groupFds, groupRssMb } from "../cpu";
import { Crowd, wallNow, type Answered, type Arrived } from "../crowd";
import { mintSessionCookie, percentile, type BenchContext, type BenchSuite } from "../context";

const STUDENTS = Number(process.env.LIVE10K_STUDENTS ?? 10_000);
const SERVERS = Number(process.env.LIVE10K_SERVERS ?? 2);
const ANSWER_WINDOW_S = Number(process.env.LIVE10K_ANSWER_WINDOW_S ?? 15);
const OPEN_DEADLINE_S = Number(process.env.LIVE10K_OPEN_DEADLINE_S ?? 300);
const ROUNDS = 3;

const mint = (ctx: BenchContext, u: { id: string; email: string; name: string }, role: "INSTRUCTOR" | "STUDENT") =>
  mintSessionCookie(ctx.secret, u, role);

function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    p,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms)),
  ]);
}

const suite: BenchSuite = {
  name: "live10k",
  optIn: true,
  async run(ctx) {
    const limits = fs.readFileSync("/proc/self/limits", "utf8");
    const nofile = /Max open files\s+(\d+)\s+(\d+)/.exec(limits);
    ctx.log(
      `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; ulimit -n ${nofile?.[1]} (hard ${nofile?.[2]}); ${SERVERS} app servers behind nginx; ${STUDENTS} students`,
    );
    const tag = `l10k${Date.now().toString(36)}`;
    const [teacher] = await ctx.createUsers(1, "INSTRUCTOR", `${tag}t`);
    const students = await ctx.createUsers(STUDENTS, "STUDENT", tag);
    const fx = await seedLiveAssignment((t, p) => ctx.pool.query(t, p).then((r) => r.rows), {
      instructorId: teacher!.id,
      studentIds: students.map((s) => s.id),
      title: "Ten thousand",
    });
    const sessionId = `${tag}-session`;
    await ctx.pool.query(`INSERT INTO "LiveSession" (id, "assignmentId", "joinCode") VALUES ($1, $2, $3)`, [
      sessionId,
      fx.assignmentId,
      String(Date.now()).slice(-6),
    ]);
    // Everyone has joined (their attempt is open), as after the lobby.
    await ctx.pool.query(
      `INSERT INTO "Attempt" (id, "assignmentId", "studentId") SELECT 'l10k-' || u, $1, u FROM unnest($2::text[]) AS u`,
      [fx.assignmentId, students.map((s) => s.id)],
    );
    const teacherCookie = await mint(ctx, teacher!, "INSTRUCTOR");
    const cookies = await Promise.all(students.map((s) => mint(ctx, s, "STUDENT")));

    const port = await freePort(0);
    const servers = await startAppServers(SERVERS, ctx.databaseUrl, {
      distDir: ctx.distDir,
      secret: ctx.secret,
      publicUrl: `http://127.0.0.1:${port}`,
    });
    let nginx: Awaited<ReturnType<typeof startNginx>> | null = null;
    const crowd = new Crowd();
    try {
      nginx = await startNginx(servers.urls, port);
      const url = nginx.url;
      const rssBefore = groupRssMb(servers.pids);
      const opened = await within(
        crowd.open(`${url}/api/live/${sessionId}/events`, cookies, 100, OPEN_DEADLINE_S * 1000),
        (OPEN_DEADLINE_S + 120) * 1000,
        "opening the streams",
      );
      if (opened.notTried)
        ctx.log(`${opened.notTried} streams not opened: the ${OPEN_DEADLINE_S} s allowed for opening had passed`);
      const rssOpen = groupRssMb(servers.pids);
      const fds = groupFds(servers.pids);
      const pgConns = Number(
        (await ctx.pool.query<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity`)).rows[0]!.n,
      );
      ctx.log(
        `${opened.open} streams open in ${(opened.ms / 1000).toFixed(1)} s, ${opened.failed} failed ${JSON.stringify(opened.errors)}; ` +
          `app servers ${rssBefore.map((m) => m.toFixed(0)).join(" + ")} → ${rssOpen.map((m) => m.toFixed(0)).join(" + ")} MiB, ${fds} fds; crowd ${opened.rssMb.toFixed(0)} MiB; PostgreSQL ${pgConns} connections`,
      );

      const latencies: number[] = [];
      const perRound: { p50: number; p95: number; max: number; missing: number }[] = [];
      let answered = null as Answered | null;
      let answerCpu = null as ReturnType<typeof cpuBetween> | null;
      let from = { state: "LOBBY", index: -1 };
      for (let round = 0; round < Math.min(ROUNDS, fx.questions.length); round++) {
        const q = fx.questions[round]!;
        const answer =
          round === 0
            ? {
                url: `${url}/api/live/${sessionId}/answer`,
                questionId: q.id,
                body: JSON.stringify({ questionId: q.id, answer: { choiceId: "a" } }),
                withinMs: ANSWER_WINDOW_S * 1000,
              }
            : undefined;
        crowd.expect(round, answer, 60_000);
        const cpuBefore = cpuSample(servers.pids);
        const t0 = wallNow();
        const res = await fetch(`${url}/api/live/${sessionId}/control`, {
          method: "POST",
          headers: { cookie: teacherCookie, "content-type": "application/json" },
          body: JSON.stringify({ action: "next", from }),
        });
        if (!res.ok) throw new Error(`next answered ${res.status}: ${await res.text()}`);
        const arrived = await within(crowd.next<Arrived>("arrived"), 90_000, `question ${round + 1}`);
        const ms = arrived.times.filter((t): t is number => t !== null).map((t) => t - t0);
        latencies.push(...ms);
        perRound.push({
          p50: percentile(ms, 50),
          p95: percentile(ms, 95),
          max: Math.max(...ms),
          missing: arrived.missing,
        });
        ctx.log(
          `question ${round + 1}: on ${ms.length} screens p50 ${perRound[round]!.p50.toFixed(0)} ms, p95 ${perRound[round]!.p95.toFixed(0)} ms, max ${perRound[round]!.max.toFixed(0)} ms; ${arrived.missing} missing`,
        );
        if (answer) {
          answered = await within(crowd.next<Answered>("answered"), (ANSWER_WINDOW_S + 120) * 1000, "the answers");
          answerCpu = cpuBetween(cpuBefore, cpuSample(servers.pids), Math.max(1, answered.ok));
          ctx.log(
            `answers: ${answered.ok} acknowledged, ${answered.errors} errors ${JSON.stringify(answered.statuses)} in ${((answered.lastAt - answered.firstAt) / 1000).toFixed(1)} s; p95 ${percentile(answered.latencies, 95).toFixed(0)} ms`,
          );
        }
        await fetch(`${url}/api/live/${sessionId}/control`, {
          method: "POST",
          headers: { cookie: teacherCookie, "content-type": "application/json" },
          body: JSON.stringify({ action: "reveal", from: { state: "QUESTION", index: round } }),
        });
        from = { state: "REVEAL", index: round };
      }
      const stored = Number(
        (
          await ctx.pool.query<{ n: string }>(
            `SELECT count(*) AS n FROM "Response" r JOIN "Attempt" a ON a.id = r."attemptId" WHERE a."assignmentId" = $1 AND r."questionId" = $2`,
            [fx.assignmentId, fx.questions[0]!.id],
          )
        ).rows[0]!.n,
      );
      const mem = await crowd.memory();
      const rssEnd = groupRssMb(servers.pids);
      const open = opened.open;
      const ok = answered?.ok ?? 0;
      const answerSeconds = answered ? (answered.lastAt - answered.firstAt) / 1000 : NaN;
      ctx.log(
        `stored answers ${stored} of ${ok} acknowledged; ${mem.dropped} streams dropped; CPU while answering: app servers ${answerCpu?.next.cores.toFixed(2)} cores (${answerCpu?.next.msPerUnit.toFixed(2)} ms per answer), PostgreSQL ${answerCpu?.postgres.cores.toFixed(2)}, bench ${answerCpu?.bench.cores.toFixed(2)}, machine ${answerCpu?.machine.cores.toFixed(2)} of ${os.cpus().length}`,
      );
      const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
      return {
        live10k_streams_open: { value: open, unit: "streams" },
        live10k_streams_failed: { value: opened.failed, unit: "count" },
        live10k_streams_not_opened_in_time: { value: opened.notTried, unit: "count" },
        live10k_streams_open_seconds: { value: opened.ms / 1000, unit: "s" },
        live10k_question_p50_ms: { value: percentile(latencies, 50), unit: "ms" },
        live10k_question_p95_ms: { value: percentile(latencies, 95), unit: "ms" },
        live10k_question_max_ms: { value: Math.max(...latencies), unit: "ms" },
        live10k_question_missing: { value: sum(perRound.map((r) => r.missing)), unit: "count" },
        live10k_answers_acknowledged: { value: ok, unit: "count" },
        live10k_answers_errors: { value: answered?.errors ?? STUDENTS, unit: "count" },
        live10k_answers_seconds: { value: answerSeconds, unit: "s" },
        live10k_answers_per_s: { value: ok / answerSeconds, unit: "answers/s" },
        live10k_answer_p95_ms: { value: percentile(answered?.latencies ?? [], 95), unit: "ms" },
        live10k_answers_lost: { value: Math.max(0, ok - stored), unit: "count" },
        live10k_app_server_rss_mb: { value: Math.max(...rssEnd), unit: "MiB" },
        live10k_app_server_kb_per_stream: {
          value: ((sum(rssOpen) - sum(rssBefore)) * 1024) / Math.max(1, open),
          unit: "KiB",
        },
        live10k_crowd_kb_per_stream: { value: (opened.rssMb * 1024) / Math.max(1, open), unit: "KiB" },
        live10k_app_server_fds: { value: fds, unit: "count" },
        live10k_postgres_connections: { value: pgConns, unit: "count" },
        live10k_answer_cpu_app_cores: { value: answerCpu?.next.cores ?? NaN, unit: "cores" },
        live10k_answer_cpu_app_ms_per_answer: { value: answerCpu?.next.msPerUnit ?? NaN, unit: "ms" },
        live10k_answer_cpu_postgres_cores: { value: answerCpu?.postgres.cores ?? NaN, unit: "cores" },
        live10k_answer_cpu_machine_cores: { value: answerCpu?.machine.cores ?? NaN, unit: "cores" },
      };
    } finally {
      await crowd.close();
      await nginx?.stop();
      await servers.stop();
    }
  },
};
export default suite;
