// Autosave under classroom load, through the real HTTP path of `next start` with real next-auth sessions.
//  1. saturation: 500 concurrent students (closed loop) saving answers for 20 s;
//  2. classroom: 1,000 students each saving one answer every 2 s from a random start (open loop, 500 saves/s);
//  3. the rows in the database against every acknowledged save (0 lost, 0 duplicated);
//  4. ceiling: the endpoint's own statement sent with plain `pg` at the same concurrency, no HTTP.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import autocannon from "autocannon";
import pg from "pg";
import { cpuBetween, cpuSample } from "../cpu";
import { percentile, type BenchContext, type BenchResult, type BenchSuite } from "../context";

const STUDENTS = 1000;
const SATURATION = 500;
const DURATION = Number(process.env.BENCH_SAVES_SECONDS ?? 20);
const RATE = 500;

type Student = { id: string; cookie: string; attemptId: string };
export type Setup = { students: Student[]; questions: string[] };

export async function setup(ctx: BenchContext): Promise<Setup> {
  const tag = `saves${Date.now().toString(36)}`;
  const [teacher] = await ctx.createUsers(1, "INSTRUCTOR", `${tag}t`);
  const users = await ctx.createUsers(STUDENTS, "STUDENT", tag);
  const q = (sql: string, params: unknown[] = []) => ctx.pool.query(sql, params);
  const classId = `${tag}-class`;
  const setId = `${tag}-set`;
  await q(`INSERT INTO "Class" (id, name, "joinCode", "instructorId") VALUES ($1, 'Bench class', $2, $3)`, [
    classId,
    tag.slice(-10).toUpperCase(),
    teacher!.id,
  ]);
  await q(
    `INSERT INTO "Enrollment" (id, "classId", "userId") SELECT 'e-' || u.id, $1, u.id FROM unnest($2::text[]) AS u(id)`,
    [classId, users.map((u) => u.id)],
  );
  await q(`INSERT INTO "QuestionSet" (id, title, "ownerId", "updatedAt") VALUES ($1, 'Bench set', $2, now())`, [
    setId,
    teacher!.id,
  ]);
  const questions: string[] = [];
  for (let i = 0; i < 5; i++) {
    const id = `${tag}-q${i}`;
    questions.push(id);
    const cloze = i < 3;
    await q(
      `INSERT INTO "Question" (id, "setId", position, type, prompt, content, "answerKey", "updatedAt") VALUES ($1, $2, $3, $4::"QuestionType", 'Q', $5, $6, now())`,
      [
        id,
        setId,
        i,
        cloze ? "CLOZE" : "SHORT_ANSWER",
        JSON.stringify(cloze ? { before: "The word is", after: "." } : {}),
        JSON.stringify(cloze ? { accepted: ["w7"] } : { modelAnswer: "m", keywords: [] }),
      ],
    );
  }
  const assignmentId = `${tag}-a`;
  await q(`INSERT INTO "Assignment" (id, "classId", "setId", title) VALUES ($1, $2, $3, 'Bench quiz')`, [
    assignmentId,
    classId,
    setId,
  ]);
  await q(
    `INSERT INTO "Attempt" (id, "assignmentId", "studentId") SELECT 'at-' || u.id, $1, u.id FROM unnest($2::text[]) AS u(id)`,
    [assignmentId, users.map((u) => u.id)],
  );
  ctx.log(`signing in ${STUDENTS} students through /api/auth…`);
  const cookies: string[] = new Array(users.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < users.length) {
        const i = next++;
        cookies[i] = await ctx.signIn(users[i]!.email);
      }
    }),
  );
  return { students: users.map((u, i) => ({ id: u.id, cookie: cookies[i]!, attemptId: `at-${u.id}` })), questions };
}

/** The handler's own time from its Server-Timing header (autocannon gives headers as an object or a flat list). */
function serverTiming(headers?: Record<string, string> | string[] | string): number | null {
  let v: string | undefined;
  if (typeof headers === "string") v = headers;
  else if (Array.isArray(headers)) {
    for (let i = 0; i < headers.length; i += 2) if (headers[i]!.toLowerCase() === "server-timing") v = headers[i + 1];
  } else v = headers?.["server-timing"];
  const m = v && /app;dur=([\d.]+)/.exec(v);
  if (process.env.BENCH_TIMING_LOG && v && Math.random() < 0.002) console.log(`  server-timing: ${v}`);
  return m ? Number(m[1]) : null;
}

/** Per (attempt, question): the newest clientSeq the server acknowledged as saved. */
export class Ledger {
  seq = new Map<string, number>(); // next clientSeq per key
  acked = new Map<string, number>();
  next(key: string) {
    const n = (this.seq.get(key) ?? 0) + 1;
    this.seq.set(key, n);
    return n;
  }
  ack(key: string, n: number) {
    if ((this.acked.get(key) ?? 0) < n) this.acked.set(key, n);
  }
}

type Ctx = { student?: number; key?: string; seq?: number };

export async function load(
  ctx: BenchContext,
  s: Setup,
  ledger: Ledger,
  opts: { students: number; connections: number; seconds?: number },
) {
  // A free list so no student has two saves in flight at once (one browser tab each).
  const free = Array.from({ length: opts.students }, (_, i) => i);
  let qTurn = 0;
  const latencies: number[] = [];
  const appMs: number[] = [];
  const instance = autocannon({
    url: ctx.baseUrl,
    connections: opts.connections,
    duration: opts.seconds ?? DURATION,
    timeout: 10,
    requests: [
      {
        setupRequest: (req: Record<string, unknown>, c: Ctx) => {
          const i = free.shift() ?? Math.floor(Math.random() * opts.students);
          const st = s.students[i]!;
          const qid = s.questions[qTurn++ % s.questions.length]!;
          const key = `${st.attemptId}|${qid}`;
          const seq = ledger.next(key);
          Object.assign(c, { student: i, key, seq });
          return {
            ...req,
            method: "PUT",
            path: `/api/attempts/${st.attemptId}/responses/${qid}`,
            headers: { cookie: st.cookie, "content-type": "application/json" },
            body: JSON.stringify({ answer: { text: `w${seq}` }, clientSeq: seq }),
          };
        },
        onResponse: (status: number, body: string, c: Ctx, headers?: Record<string, string> | string[]) => {
          const timing = serverTiming(headers);
          if (timing !== null) appMs.push(timing);
          if (c.student !== undefined) free.push(c.student);
          if (status === 200 && c.key && c.seq) {
            const r = JSON.parse(body) as { saved: boolean };
            if (r.saved) ledger.ack(c.key, c.seq);
          }
        },
      },
    ] as never,
  }) as unknown as Promise<autocannon.Result> & NodeJS.EventEmitter; // the tracker is an emitter and a promise
  instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  const r = await instance;
  return { r, latencies, appMs };
}

/**
 * The classroom: every student's browser saves one answer every PERIOD ms, each student starting at a random
 * moment, so saves arrive spread over time as in a real class (open loop). autocannon's rate limit is not
 * used here: each of its connections refills once a second on its own timer, and since all start together
 * the "500/s" arrives as one burst of 500 every second. Latency is measured from when the save was due, so
 * a save that had to wait for the student's previous one counts that wait (no coordinated omission).
 */
export async function classroom(ctx: BenchContext, s: Setup, ledger: Ledger, seconds: number) {
  const PERIOD = (STUDENTS / RATE) * 1000;
  const agent = new http.Agent({ keepAlive: true, maxSockets: STUDENTS }); // one connection per browser
  const latencies: number[] = [];
  const appMs: number[] = [];
  let ok = 0;
  let errors = 0;
  const start = performance.now() + 200;
  const end = start + seconds * 1000;
  // The load generator's own event-loop delay: if it were busy, latencies would include its lateness.
  const lag = monitorEventLoopDelay({ resolution: 5 });
  lag.enable();
  const save = (st: Student, qid: string) =>
    new Promise<void>((resolve) => {
      const key = `${st.attemptId}|${qid}`;
      const seq = ledger.next(key);
      const body = JSON.stringify({ answer: { text: `w${seq}` }, clientSeq: seq });
      const url = new URL(`/api/attempts/${st.attemptId}/responses/${qid}`, ctx.baseUrl);
      const req = http.request(
        url,
        {
          method: "PUT",
          agent,
          headers: { cookie: st.cookie, "content-type": "application/json", "content-length": Buffer.byteLength(body) },
        },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (c: string) => (text += c));
          res.on("end", () => {
            const timing = serverTiming(res.headers["server-timing"] as string | undefined);
            if (timing !== null) appMs.push(timing);
            if (res.statusCode === 200 && (JSON.parse(text) as { saved: boolean }).saved) {
              ledger.ack(key, seq);
              ok++;
            } else errors++;
            resolve();
          });
        },
      );
      req.on("error", () => {
        errors++;
        resolve();
      });
      req.end(body);
    });
  await Promise.all(
    s.students.map(async (st, i) => {
      let due = start + Math.random() * PERIOD;
      for (let n = 0; due < end; n++, due += PERIOD) {
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        await save(st, s.questions[(i + n) % s.questions.length]!);
        latencies.push(performance.now() - due);
      }
    }),
  );
  agent.destroy();
  lag.disable();
  ctx.log(
    `classroom: load generator event-loop delay p99 ${(lag.percentile(99) / 1e6).toFixed(1)} ms, max ${(lag.max / 1e6).toFixed(1)} ms`,
  );
  return { perSecond: ok / seconds, latencies, appMs, errors };
}

/**
 * Next's own floor on this machine, no session and no database: the autosave address answering 405 to a GET
 * (Pages Router API route: routing, the handler wrapper, a JSON reply) and the submit address answering 401 to
 * a POST without a cookie (App Router route handler). What the save itself adds is measured above.
 */
async function floor(ctx: BenchContext, s: Setup) {
  const st = s.students[0]!;
  const run = async (method: "GET" | "POST", path: string, expect: number) => {
    const before = cpuSample(ctx.serverPid);
    const r = await autocannon({ url: ctx.baseUrl + path, method, connections: 100, duration: Math.min(DURATION, 10) });
    const cpu = cpuBetween(before, cpuSample(ctx.serverPid), r.requests.total);
    const wrong = r.non2xx - (r.statusCodeStats?.[`${expect}` as `${number}`]?.count ?? 0);
    if (wrong > 0) throw new Error(`floor: ${wrong} answers to ${method} ${path} were not the expected ${expect}`);
    return { perSecond: r.requests.average, cpu };
  };
  const pages = await run("GET", `/api/attempts/${st.attemptId}/responses/${s.questions[0]}`, 405);
  const app = await run("POST", `/api/attempts/${st.attemptId}/submit`, 401);
  return { pages, app };
}

export async function verify(ctx: BenchContext, s: Setup, ledger: Ledger) {
  const { rows } = await ctx.pool.query<{
    attemptId: string;
    questionId: string;
    clientSeq: number;
    answer: { text: string };
    n: string;
  }>(
    `SELECT "attemptId", "questionId", "clientSeq", answer, count(*) OVER (PARTITION BY "attemptId", "questionId") AS n
     FROM "Response" WHERE "attemptId" = ANY($1)`,
    [s.students.map((x) => x.attemptId)],
  );
  const db = new Map(rows.map((r) => [`${r.attemptId}|${r.questionId}`, r]));
  let lost = 0;
  let wrongText = 0;
  for (const [key, seq] of ledger.acked) {
    const row = db.get(key);
    if (!row || row.clientSeq < seq) lost++;
    else if (row.answer.text !== `w${row.clientSeq}`) wrongText++;
  }
  const duplicated = rows.filter((r) => Number(r.n) > 1).length;
  // Written but never acknowledged (the response was still in flight when the run ended): not lost.
  const unacked = rows.filter((r) => (ledger.acked.get(`${r.attemptId}|${r.questionId}`) ?? 0) < r.clientSeq).length;
  return { rows: rows.length, acked: ledger.acked.size, lost: lost + wrongText, duplicated, unacked };
}

/**
 * The endpoint's statement (prisma/sql/saveResponse.sql) straight through pg, as a named (prepared) statement, at the same concurrency, on as
 * many connections as the app server's pool (PG_POOL_MAX, default 10): the same work without HTTP and Next.
 */
export async function ceiling(ctx: BenchContext, s: Setup, ledger: Ledger, seconds = DURATION) {
  const SAVE = fs.readFileSync("prisma/sql/saveResponse.sql", "utf8");
  const GRACE_MS = 30_000; // TIME_LIMIT_GRACE_MS; the attempts here have no time limit, so it does not matter
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.PG_POOL_MAX ?? 10) });
  const latencies: number[] = [];
  let done = 0;
  let errors = 0;
  const end = Date.now() + seconds * 1000;
  let turn = 0;
  const versions = new Map<string, string>();
  for (const qid of s.questions)
    versions.set(
      qid,
      (await ctx.pool.query<{ v: string }>(`SELECT "updatedAt"::text AS v FROM "Question" WHERE id = $1`, [qid]))
        .rows[0]!.v,
    );
  const before = cpuSample(ctx.serverPid);
  await Promise.all(
    Array.from({ length: SATURATION }, async (_, w) => {
      while (Date.now() < end) {
        const st = s.students[w]!;
        const qid = s.questions[turn++ % s.questions.length]!;
        const seq = ledger.next(`${st.attemptId}|${qid}`);
        const t0 = performance.now();
        try {
          const r = await pool.query({
            name: "autosave",
            text: SAVE,
            values: [
              st.attemptId,
              randomUUID(),
              qid,
              JSON.stringify({ text: `w${seq}` }),
              null,
              seq,
              0,
              versions.get(qid),
              st.id,
              GRACE_MS,
              true,
              0, // the students' session version (never signed out)
            ],
          });
          if (!r.rows[0]?.writtenId) throw new Error("not written");
          done++;
          latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  const cpu = cpuBetween(before, cpuSample(ctx.serverPid), done); // before pool.end(): its backends' CPU goes with them
  await pool.end();
  return { perSecond: done / seconds, latencies, errors, cpu };
}

/**
 * The bell rings: the first 500 students each save one last answer and submit at the same moment, every
 * submit sent twice (a double click, or a retry after a timeout) and one more save sent after it (a tab
 * that did not notice). Afterwards each attempt must be submitted exactly once, with every acknowledged
 * save in it and the late saves refused.
 */
async function submitAll(ctx: BenchContext, s: Setup, ledger: Ledger) {
  const students = s.students.slice(0, SATURATION);
  const qid = s.questions[0]!;
  const t0 = performance.now();
  const latencies: number[] = [];
  let refusedLate = 0;
  let errors = 0;
  const outcomes = await Promise.all(
    students.map(async (st) => {
      const key = `${st.attemptId}|${qid}`;
      const put = async (seq: number) => {
        const r = await fetch(`${ctx.baseUrl}/api/attempts/${st.attemptId}/responses/${qid}`, {
          method: "PUT",
          headers: { cookie: st.cookie, "content-type": "application/json" },
          body: JSON.stringify({ answer: { text: `w${seq}` }, clientSeq: seq }),
        });
        return { status: r.status, body: (await r.json()) as { saved?: boolean } };
      };
      const seq = ledger.next(key);
      const saved = await put(seq);
      if (saved.status === 200 && saved.body.saved) ledger.ack(key, seq);
      else errors++;
      const submit = async () => {
        const started = performance.now();
        const r = await fetch(`${ctx.baseUrl}/api/attempts/${st.attemptId}/submit`, {
          method: "POST",
          headers: { cookie: st.cookie },
        });
        latencies.push(performance.now() - started);
        if (r.status !== 200) errors++;
        return ((await r.json()) as { alreadySubmitted?: boolean }).alreadySubmitted;
      };
      const both = await Promise.all([submit(), submit()]);
      const late = await put(ledger.next(key));
      if (late.status === 409) refusedLate++;
      return both.filter((x) => x === false).length; // how many of the two calls did the submitting
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const { rows } = await ctx.pool.query<{ submitted: string }>(
    `SELECT count(*) FILTER (WHERE "submittedAt" IS NOT NULL) AS submitted FROM "Attempt" WHERE id = ANY($1)`,
    [students.map((x) => x.attemptId)],
  );
  return {
    students: students.length,
    seconds,
    latencies,
    errors,
    submitted: Number(rows[0]!.submitted),
    doubleWins: outcomes.filter((n) => n !== 1).length, // 0 when exactly one of each pair submitted
    refusedLate,
  };
}

const suite: BenchSuite = {
  name: "saves",
  async run(ctx) {
    const s = await setup(ctx);
    const ledger = new Ledger();
    ctx.log(`saturation: ${SATURATION} students, closed loop, ${DURATION} s…`);
    const satBefore = cpuSample(ctx.serverPid);
    const sat = await load(ctx, s, ledger, { students: SATURATION, connections: SATURATION });
    const satCpu = cpuBetween(satBefore, cpuSample(ctx.serverPid), sat.r["2xx"]);
    ctx.log(`classroom: ${STUDENTS} students, ~${RATE} saves/s open loop, ${DURATION} s…`);
    const room = await classroom(ctx, s, ledger, DURATION);
    ctx.log(`submit: ${SATURATION} students save a last answer and submit at once, each submit sent twice…`);
    const sub = await submitAll(ctx, s, ledger);
    ctx.log(
      `submit: ${sub.submitted} of ${sub.students} attempts submitted, ${sub.doubleWins} submitted twice or not at all, ${sub.refusedLate} late saves refused, ${sub.errors} errors`,
    );
    const check = await verify(ctx, s, ledger);
    ctx.log(
      `database check: ${check.rows} rows, ${check.acked} acknowledged (attempt, question) pairs, ${check.lost} lost, ${check.duplicated} duplicated, ${check.unacked} written but not acknowledged`,
    );
    if (check.acked === 0)
      throw new Error("no save was acknowledged: the figures below would be meaningless (see the server's log)");
    ctx.log(`ceiling: the endpoint's statement through plain pg, ${SATURATION} concurrent, ${DURATION} s…`);
    // The ceiling writes to the unsubmitted half of the class.
    const ceil = await ceiling(ctx, { ...s, students: s.students.slice(SATURATION) }, ledger);
    const ceilCpu = ceil.cpu;
    ctx.log(
      `floor: an empty answer from Next (405 from the Pages API route, 401 from an App Router handler), 100 connections…`,
    );
    const fl = await floor(ctx, s);
    const p = (xs: number[], n: number) => percentile(xs, n);
    // Rates count acknowledged saves only (2xx), not refusals or errors.
    const satRate = sat.r["2xx"] / sat.r.duration;
    // Where the CPU went, and what that allows. The app server is one Node process: one core for its
    // JavaScript, a little more for its threads. A save through Next costs at least what an empty answer
    // costs it (the floor), and still needs PostgreSQL's and the load generator's share of the machine's
    // cores. So even a save handler that cost nothing would stop at the lower of the two limits below.
    const cores = os.cpus().length;
    const floorNextMs = fl.pages.cpu.next.msPerUnit;
    const bestCase = Math.min(
      (cores * 1000) / (floorNextMs + satCpu.postgres.msPerUnit + satCpu.bench.msPerUnit),
      (Math.max(1, satCpu.next.cores) * 1000) / floorNextMs,
    );
    ctx.log(
      `CPU, saturation: app server ${satCpu.next.cores.toFixed(2)} cores (${satCpu.next.msPerUnit.toFixed(3)} ms per save), ` +
        `PostgreSQL ${satCpu.postgres.cores.toFixed(2)} (${satCpu.postgres.msPerUnit.toFixed(3)} ms), load generator ${satCpu.bench.cores.toFixed(2)} (${satCpu.bench.msPerUnit.toFixed(3)} ms); machine ${satCpu.machine.cores.toFixed(2)} of ${cores} cores busy`,
    );
    ctx.log(
      `CPU, ceiling: PostgreSQL ${ceilCpu.postgres.cores.toFixed(2)} cores (${ceilCpu.postgres.msPerUnit.toFixed(3)} ms per save), pg client ${ceilCpu.bench.cores.toFixed(2)} (${ceilCpu.bench.msPerUnit.toFixed(3)} ms); machine ${ceilCpu.machine.cores.toFixed(2)} busy; ` +
        `floor: app server ${fl.pages.cpu.next.msPerUnit.toFixed(3)} ms per empty answer`,
    );
    ctx.log(
      `a save costing Next no more than an empty answer would reach at most ${bestCase.toFixed(0)} answers/s on ${cores} cores (${(bestCase / ceil.perSecond).toFixed(2)} of the ceiling)`,
    );
    const result: BenchResult = {
      saves_saturation_answers_per_s: { value: satRate, unit: "answers/s" },
      saves_saturation_p50_ms: { value: p(sat.latencies, 50), unit: "ms" },
      saves_saturation_p95_ms: { value: p(sat.latencies, 95), unit: "ms" },
      saves_saturation_p99_ms: { value: p(sat.latencies, 99), unit: "ms" },
      saves_saturation_in_app_p50_ms: { value: p(sat.appMs, 50), unit: "ms" },
      saves_saturation_in_app_p95_ms: { value: p(sat.appMs, 95), unit: "ms" },
      saves_saturation_errors: { value: sat.r.errors + sat.r.non2xx + sat.r.timeouts, unit: "count" },
      saves_classroom_answers_per_s: { value: room.perSecond, unit: "answers/s" },
      saves_classroom_p50_ms: { value: p(room.latencies, 50), unit: "ms" },
      saves_classroom_p95_ms: { value: p(room.latencies, 95), unit: "ms" },
      saves_classroom_p99_ms: { value: p(room.latencies, 99), unit: "ms" },
      saves_classroom_in_app_p50_ms: { value: p(room.appMs, 50), unit: "ms" },
      saves_classroom_in_app_p95_ms: { value: p(room.appMs, 95), unit: "ms" },
      saves_classroom_errors: { value: room.errors, unit: "count" },
      saves_ceiling_pg_answers_per_s: { value: ceil.perSecond, unit: "answers/s" },
      saves_ceiling_pg_p50_ms: { value: p(ceil.latencies, 50), unit: "ms" },
      saves_ceiling_pg_p95_ms: { value: p(ceil.latencies, 95), unit: "ms" },
      saves_saturation_over_ceiling: { value: satRate / ceil.perSecond, unit: "ratio" },
      next_floor_pages_api_405_per_s: { value: fl.pages.perSecond, unit: "req/s" },
      next_floor_app_route_401_per_s: { value: fl.app.perSecond, unit: "req/s" },
      next_floor_pages_api_over_ceiling: { value: fl.pages.perSecond / ceil.perSecond, unit: "ratio" },
      saves_saturation_cpu_app_server_ms_per_save: { value: satCpu.next.msPerUnit, unit: "ms" },
      saves_saturation_cpu_app_server_cores: { value: satCpu.next.cores, unit: "cores" },
      saves_saturation_cpu_postgres_ms_per_save: { value: satCpu.postgres.msPerUnit, unit: "ms" },
      saves_saturation_cpu_load_generator_ms_per_save: { value: satCpu.bench.msPerUnit, unit: "ms" },
      saves_ceiling_cpu_postgres_ms_per_save: { value: ceilCpu.postgres.msPerUnit, unit: "ms" },
      saves_ceiling_cpu_pg_client_ms_per_save: { value: ceilCpu.bench.msPerUnit, unit: "ms" },
      saves_ceiling_cpu_cores_busy: { value: ceilCpu.machine.cores, unit: "cores" },
      saves_saturation_cpu_cores_busy: { value: satCpu.machine.cores, unit: "cores" },
      next_floor_pages_api_cpu_ms_per_request: { value: floorNextMs, unit: "ms" },
      saves_best_case_over_ceiling: { value: bestCase / ceil.perSecond, unit: "ratio" },
      submit_students: { value: sub.students, unit: "count" },
      submit_submitted_once: { value: sub.submitted - sub.doubleWins, unit: "count" },
      submit_p95_ms: { value: p(sub.latencies, 95), unit: "ms" },
      submit_errors: { value: sub.errors, unit: "count" },
      submit_late_saves_refused: { value: sub.refusedLate, unit: "count" },
      saves_acknowledged_pairs: { value: check.acked, unit: "count" },
      saves_lost: { value: check.lost, unit: "count" },
      saves_duplicated: { value: check.duplicated, unit: "count" },
    };
    return result;
  },
};
export default suite;
