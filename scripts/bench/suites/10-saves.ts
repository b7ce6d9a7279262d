// Autosave under classroom load, through the real HTTP path of `next start` with real next-auth sessions.
//  1. saturation: 500 concurrent students (closed loop) saving answers for 20 s;
//  2. classroom: 1,000 students each saving one answer every ~2 s (open loop, 500 saves/s) for 20 s;
//  3. the rows in the database against every acknowledged save (0 lost, 0 duplicated);
//  4. ceiling: the endpoint's own two queries sent with plain `pg` at the same concurrency, no HTTP.
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import { percentile, type BenchContext, type BenchResult, type BenchSuite } from "../context";

const STUDENTS = 1000;
const SATURATION = 500;
const DURATION = Number(process.env.BENCH_SAVES_SECONDS ?? 20);
const RATE = 500;

type Student = { id: string; cookie: string; attemptId: string };
type Setup = { students: Student[]; questions: string[] };

async function setup(ctx: BenchContext): Promise<Setup> {
  const tag = `saves${Date.now().toString(36)}`;
  const [teacher] = await ctx.createUsers(1, "INSTRUCTOR", `${tag}t`);
  const users = await ctx.createUsers(STUDENTS, "STUDENT", tag);
  const q = (sql: string, params: unknown[] = []) => ctx.pool.query(sql, params);
  const classId = `${tag}-class`;
  const setId = `${tag}-set`;
  await q(`INSERT INTO "Class" (id, name, "joinCode", "instructorId") VALUES ($1, 'Bench class', $2, $3)`, [classId, tag.slice(-10).toUpperCase(), teacher!.id]);
  await q(`INSERT INTO "Enrollment" (id, "classId", "userId") SELECT 'e-' || u.id, $1, u.id FROM unnest($2::text[]) AS u(id)`, [classId, users.map((u) => u.id)]);
  await q(`INSERT INTO "QuestionSet" (id, title, "ownerId", "updatedAt") VALUES ($1, 'Bench set', $2, now())`, [setId, teacher!.id]);
  const questions: string[] = [];
  for (let i = 0; i < 5; i++) {
    const id = `${tag}-q${i}`;
    questions.push(id);
    const cloze = i < 3;
    await q(`INSERT INTO "Question" (id, "setId", position, type, prompt, content, "answerKey", "updatedAt") VALUES ($1, $2, $3, $4::"QuestionType", 'Q', $5, $6, now())`, [
      id,
      setId,
      i,
      cloze ? "CLOZE" : "SHORT_ANSWER",
      JSON.stringify(cloze ? { before: "The word is", after: "." } : {}),
      JSON.stringify(cloze ? { accepted: ["w7"] } : { modelAnswer: "m", keywords: [] }),
    ]);
  }
  const assignmentId = `${tag}-a`;
  await q(`INSERT INTO "Assignment" (id, "classId", "setId", title) VALUES ($1, $2, $3, 'Bench quiz')`, [assignmentId, classId, setId]);
  await q(`INSERT INTO "Attempt" (id, "assignmentId", "studentId") SELECT 'at-' || u.id, $1, u.id FROM unnest($2::text[]) AS u(id)`, [assignmentId, users.map((u) => u.id)]);
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

/** Per (attempt, question): the newest clientSeq the server acknowledged as saved. */
class Ledger {
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

async function load(ctx: BenchContext, s: Setup, ledger: Ledger, opts: { students: number; connections: number; overallRate?: number }) {
  // A free list so no student has two saves in flight at once (one browser tab each); picks rotate, so
  // with 1,000 students on 500 rate-limited connections each student saves about every two seconds.
  const free = Array.from({ length: opts.students }, (_, i) => i);
  let qTurn = 0;
  const latencies: number[] = [];
  const instance = autocannon({
    url: ctx.baseUrl,
    connections: opts.connections,
    overallRate: opts.overallRate,
    duration: DURATION,
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
        onResponse: (status: number, body: string, c: Ctx) => {
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
  return { r, latencies };
}

async function verify(ctx: BenchContext, s: Setup, ledger: Ledger) {
  const { rows } = await ctx.pool.query<{ attemptId: string; questionId: string; clientSeq: number; answer: { text: string }; n: string }>(
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

/** The endpoint's two queries (context read, then the clientSeq-guarded upsert) straight through pg. */
async function ceiling(ctx: BenchContext, s: Setup, ledger: Ledger) {
  const latencies: number[] = [];
  let done = 0;
  let errors = 0;
  const end = Date.now() + DURATION * 1000;
  let turn = 0;
  await Promise.all(
    Array.from({ length: SATURATION }, async (_, w) => {
      while (Date.now() < end) {
        const st = s.students[w]!;
        const qid = s.questions[turn++ % s.questions.length]!;
        const seq = ledger.next(`${st.attemptId}|${qid}`);
        const t0 = performance.now();
        try {
          await ctx.pool.query(
            `SELECT a."submittedAt" AT TIME ZONE 'UTC', a."startedAt" AT TIME ZONE 'UTC', s."opensAt" AT TIME ZONE 'UTC', s."closesAt" AT TIME ZONE 'UTC', s."timeLimitMinutes", s."setId", q."type"::text AS "type", q."content", q."answerKey", q."points"
             FROM "Attempt" a JOIN "Assignment" s ON s."id" = a."assignmentId" JOIN "Question" q ON q."setId" = s."setId" AND q."id" = $2
             WHERE a."id" = $1 AND a."studentId" = $3 AND EXISTS (SELECT 1 FROM "Enrollment" e WHERE e."classId" = s."classId" AND e."userId" = $3)`,
            [st.attemptId, qid, st.id],
          );
          await ctx.pool.query(
            `WITH att AS (SELECT "id" FROM "Attempt" WHERE "id" = $1 AND "submittedAt" IS NULL FOR SHARE)
             INSERT INTO "Response" ("id", "attemptId", "questionId", "answer", "stance", "clientSeq", "autoScore", "updatedAt")
             SELECT $2::text, att."id", $3::text, $4::jsonb, NULL, $5::int, 0, now() FROM att
             ON CONFLICT ("attemptId", "questionId") DO UPDATE
               SET "answer" = EXCLUDED."answer", "stance" = EXCLUDED."stance", "clientSeq" = EXCLUDED."clientSeq", "autoScore" = EXCLUDED."autoScore", "updatedAt" = now()
               WHERE "Response"."clientSeq" < EXCLUDED."clientSeq"
             RETURNING "id", "clientSeq"`,
            [st.attemptId, randomUUID(), qid, JSON.stringify({ text: `w${seq}` }), seq],
          );
          done++;
          latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  return { perSecond: done / DURATION, latencies, errors };
}

const suite: BenchSuite = {
  name: "saves",
  async run(ctx) {
    const s = await setup(ctx);
    const ledger = new Ledger();
    ctx.log(`saturation: ${SATURATION} students, closed loop, ${DURATION} s…`);
    const sat = await load(ctx, s, ledger, { students: SATURATION, connections: SATURATION });
    ctx.log(`classroom: ${STUDENTS} students, ~${RATE} saves/s open loop, ${DURATION} s…`);
    const room = await load(ctx, s, ledger, { students: STUDENTS, connections: SATURATION, overallRate: RATE });
    const check = await verify(ctx, s, ledger);
    ctx.log(`database check: ${check.rows} rows, ${check.acked} acknowledged (attempt, question) pairs, ${check.lost} lost, ${check.duplicated} duplicated, ${check.unacked} written but not acknowledged`);
    ctx.log(`ceiling: the same two queries through plain pg, ${SATURATION} concurrent, ${DURATION} s…`);
    const ceil = await ceiling(ctx, s, ledger);
    const p = (xs: number[], n: number) => percentile(xs, n);
    const satRate = sat.r.requests.average;
    const result: BenchResult = {
      saves_saturation_answers_per_s: { value: satRate, unit: "answers/s" },
      saves_saturation_p50_ms: { value: p(sat.latencies, 50), unit: "ms" },
      saves_saturation_p95_ms: { value: p(sat.latencies, 95), unit: "ms" },
      saves_saturation_p99_ms: { value: p(sat.latencies, 99), unit: "ms" },
      saves_saturation_errors: { value: sat.r.errors + sat.r.non2xx + sat.r.timeouts, unit: "count" },
      saves_classroom_answers_per_s: { value: room.r.requests.average, unit: "answers/s" },
      saves_classroom_p50_ms: { value: p(room.latencies, 50), unit: "ms" },
      saves_classroom_p95_ms: { value: p(room.latencies, 95), unit: "ms" },
      saves_classroom_p99_ms: { value: p(room.latencies, 99), unit: "ms" },
      saves_classroom_errors: { value: room.r.errors + room.r.non2xx + room.r.timeouts, unit: "count" },
      saves_ceiling_pg_answers_per_s: { value: ceil.perSecond, unit: "answers/s" },
      saves_ceiling_pg_p50_ms: { value: p(ceil.latencies, 50), unit: "ms" },
      saves_ceiling_pg_p95_ms: { value: p(ceil.latencies, 95), unit: "ms" },
      saves_saturation_over_ceiling: { value: satRate / ceil.perSecond, unit: "ratio" },
      saves_acknowledged_pairs: { value: check.acked, unit: "count" },
      saves_lost: { value: check.lost, unit: "count" },
      saves_duplicated: { value: check.duplicated, unit: "count" },
    };
    return result;
  },
};
export default suite;
