// Instructor dashboard load time through real HTTP (next start + PostgreSQL): GET of the assignment report
// page, which runs the SQL aggregation, the item statistics on the attempt × question matrix, and renders
// the charts, question table, heatmap and first page of students. Two sizes: 300 students × 30 questions
// (9,000 responses) and 3,334 × 30 (100,020 responses). Also times the streamed responses CSV at 100k.
import os from "node:os";
import { performance } from "node:perf_hooks";
import type { QuestionSpec } from "../../../tests/fixtures/analytics-data";
import { buildReportScenario } from "../../../tests/fixtures/analytics-data";
import { percentile, type BenchSuite } from "../context";
import { mixedQuestion } from "../question-mix";

const QUESTIONS = 30;
// sentences that exist in "Moscow's Geopolitical Gamble" (¶, sentence)
const SENTENCES: [number, number][] = [
  [1, 1],
  [2, 1],
  [2, 2],
  [2, 3],
  [3, 1],
  [3, 2],
  [3, 3],
  [3, 4],
  [4, 1],
  [4, 2],
  [4, 3],
  [4, 4],
  [4, 5],
  [5, 1],
  [5, 2],
  [5, 3],
  [5, 4],
  [6, 1],
  [6, 2],
  [6, 3],
  [6, 4],
  [6, 5],
];

/** deterministic uniform [0, 1) from two integers */
function rand(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x27d4eb2f);
  h ^= h >>> 13;
  return (h >>> 0) / 4294967296;
}

export function questions(): QuestionSpec[] {
  return Array.from({ length: QUESTIONS }, (_, i) => {
    const [paragraph, sentence] = SENTENCES[i % SENTENCES.length]!;
    return mixedQuestion(i, [{ paragraph, sentence }]);
  });
}

/** Students of varying ability answer questions of varying difficulty (a one-parameter logistic model). */
export function answer(s: number, q: number): unknown {
  const ability = rand(s, 7) * 4 - 2;
  const difficulty = rand(q, 11) * 3 - 1.5;
  const right = rand(s, q + 100) < 1 / (1 + Math.exp(-(ability - difficulty) * 1.5));
  if (q % 3 === 1) return { value: right };
  if (q % 3 === 2) return { text: right ? "Russia" : rand(s, q) < 0.5 ? "China" : "Iran" };
  return { choiceId: right ? "a" : ["b", "c", "d"][Math.floor(rand(q, s) * 3)] };
}

async function timeLoads(url: string, cookie: string, warmup: number, runs: number, mustContain: string) {
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    const body = await res.text();
    if (!res.ok || !body.includes(mustContain)) throw new Error(`${url} failed: ${res.status}`);
    if (i >= warmup) times.push(performance.now() - t0);
  }
  return { p50: percentile(times, 50), p90: percentile(times, 90) };
}

const suite: BenchSuite = {
  name: "dashboard",
  async run(ctx) {
    const [teacher] = await ctx.createUsers(1, "INSTRUCTOR", "dash");
    const cookie = await ctx.signIn(teacher!.email);
    const exec = (text: string, params?: unknown[]) => ctx.pool.query(text, params);
    const out: Awaited<ReturnType<BenchSuite["run"]>> = {};
    // Baseline for context: the same signed-in instructor's plain dashboard page (auth + one query + render).
    const base = await timeLoads(`${ctx.baseUrl}/dashboard`, cookie, 3, 15, "Welcome");
    out.dashboard_baseline_signed_in_page_p50_ms = { value: base.p50, unit: "ms" };
    for (const [label, students, runs] of [
      ["9k", 300, 15],
      ["100k", 3334, 7],
    ] as const) {
      const t0 = performance.now();
      const s = await buildReportScenario(exec, {
        tag: `dash${label}`,
        instructorId: teacher!.id,
        students,
        questions,
        answer: (st, q) => answer(st, q),
      });
      await exec("ANALYZE");
      ctx.log(
        `${label}: ${students} students × ${QUESTIONS} questions = ${students * QUESTIONS} responses seeded in ${Math.round(performance.now() - t0)} ms`,
      );
      const { p50, p90 } = await timeLoads(
        `${ctx.baseUrl}/assignments/${s.assignmentId}/report`,
        cookie,
        3,
        runs,
        "Passage heatmap",
      );
      // the machine's load while measuring: on a shared 2-core box these figures move with it
      out[`dashboard_${label}_load_average_1m`] = { value: os.loadavg()[0]!, unit: "runnable processes" };
      out[`dashboard_report_page_${label}_p50_ms`] = { value: p50, unit: "ms" };
      out[`dashboard_report_page_${label}_p90_ms`] = { value: p90, unit: "ms" };
      if (label === "100k") {
        const c0 = performance.now();
        const res = await fetch(`${ctx.baseUrl}/assignments/${s.assignmentId}/responses.csv`, { headers: { cookie } });
        const text = await res.text();
        const lines = text.split("\r\n").length - 2;
        if (lines !== students * QUESTIONS) throw new Error(`CSV has ${lines} rows, expected ${students * QUESTIONS}`);
        out.dashboard_responses_csv_100k_ms = { value: performance.now() - c0, unit: "ms" };
      }
    }
    return out;
  },
};
export default suite;
