// Every page of the app at class size, found from the route tree (scripts/bench/page-routes.ts): a class of
// 30 students who submitted a 20-question quiz (one more still taking it), a discussion of 240 items on its
// first question (30 answers + 210 replies with quotes and reactions), a debate question, a live session.
// Each page is fetched as the first role that gets it (200, no redirect): a student who submitted, a student
// still taking the quiz, the class's instructor, an admin, a visitor; then 20 connections for a few seconds.
// Prints p50 / p99 / req/s and the HTML's size per page. BENCH_PAGE_SECONDS sets the duration (default 5);
// BENCH_PAGES=discussion,report measures only the pages whose pattern contains one of the words.
import path from "node:path";
import { hash } from "@node-rs/argon2";
import autocannon from "autocannon";
import type { QuestionSpec } from "../../../tests/fixtures/analytics-data";
import { buildReportScenario } from "../../../tests/fixtures/analytics-data";
import { BENCH_PASSWORD, type BenchResult, type BenchSuite } from "../context";
import { discoverPages, fillPattern, pageKey } from "../page-routes";

const STUDENTS = 30;
const QUESTIONS = 20;
const REPLIES_PER_ANSWER = 7; // 30 answers + 210 replies = 240 items

function questions(): QuestionSpec[] {
  return Array.from({ length: QUESTIONS }, (_, i) => {
    const cites = [{ paragraph: 2 + (i % 4), sentence: 1 }];
    if (i === QUESTIONS - 1)
      return {
        type: "DEBATE",
        prompt: "Does engaging the Taliban help Moscow?",
        content: {
          stances: [
            { id: "yes", text: "It helps" },
            { id: "no", text: "It backfires" },
          ],
          minCitations: 0,
        },
        answerKey: {},
        cites,
      };
    if (i % 3 === 1)
      return {
        type: "TRUE_FALSE",
        prompt: `Statement ${i + 1} is in the essay.`,
        content: {},
        answerKey: { correct: true },
        cites,
      };
    if (i % 3 === 2)
      return {
        type: "CLOZE",
        prompt: `Fill blank ${i + 1}.`,
        content: { before: "The essay names", after: "." },
        answerKey: { accepted: ["Russia"] },
        cites,
      };
    const choices = ["a", "b", "c", "d"].map((id) => ({ id, text: `Option ${id.toUpperCase()} of question ${i + 1}` }));
    return {
      type: "SINGLE_CHOICE",
      prompt: `Question ${i + 1}?`,
      content: { choices },
      answerKey: { correct: "a" },
      cites,
    };
  });
}

function answer(s: number, q: number): unknown {
  if (q === QUESTIONS - 1) return undefined; // the debate is argued on its own page
  const right = (s * 7 + q * 3) % 5 !== 0;
  if (q % 3 === 1) return { value: right };
  if (q % 3 === 2) return { text: right ? "Russia" : "China" };
  return { choiceId: right ? "a" : "bcd"[(s + q) % 3] };
}

const suite: BenchSuite = {
  name: "pages",
  async run(ctx) {
    const exec = (text: string, params?: unknown[]) => ctx.pool.query(text, params);
    const [teacher] = await ctx.createUsers(1, "INSTRUCTOR", "pg-t");
    const [admin] = await ctx.createUsers(1, "INSTRUCTOR", "pg-admin");
    await exec(`UPDATE "User" SET "isAdmin" = true WHERE id = $1`, [admin!.id]);
    const s = await buildReportScenario(exec, {
      tag: "pg",
      instructorId: teacher!.id,
      students: STUDENTS,
      notSubmitted: 1,
      questions,
      answer,
    });
    const [done, taking] = [s.students[0]!, s.students[STUDENTS]!];
    await exec(`UPDATE "User" SET "passwordHash" = $1 WHERE id = ANY($2)`, [
      await hash(BENCH_PASSWORD),
      [done.id, taking.id],
    ]);
    // The discussion: every answer to question 1 gets replies quoting the essay, each with a reaction.
    const q1 = s.questionIds[0]!;
    const { rows: cited } = await exec(
      `SELECT p.id, p.start, p."end", p.text FROM "QuestionPassage" qp JOIN "Passage" p ON p.id = qp."passageId" WHERE qp."questionId" = $1`,
      [q1],
    );
    const c = cited[0] as { id: string; start: number; end: number; text: string };
    const exact = c.text.split(" ").slice(0, 3).join(" ");
    const posts: unknown[][] = [];
    const citations: unknown[][] = [];
    const reactions: unknown[][] = [];
    for (let a = 0; a < STUDENTS; a++)
      for (let r = 0; r < REPLIES_PER_ANSWER; r++) {
        const id = `pg-post-${a}-${r}`;
        const author = s.students[(a + r + 1) % STUDENTS]!;
        const at = new Date(Date.now() - (REPLIES_PER_ANSWER - r) * 60_000);
        posts.push([
          id,
          s.assignmentId,
          q1,
          author.id,
          `pg-s${a}-a1-r0`,
          `Reply ${r + 1} to answer ${a + 1}: the border matters.`,
          at,
          at,
        ]);
        citations.push([`${id}-c`, id, c.id, c.start, c.start + exact.length, exact, "", ""]);
        reactions.push([`${id}-x`, s.students[(a + r + 2) % STUDENTS]!.id, `post:${id}`, id, "agree"]);
      }
    const insert = async (table: string, cols: string[], rows: unknown[][]) => {
      const values = rows.map((_, i) => `(${cols.map((_, j) => `$${i * cols.length + j + 1}`).join(",")})`).join(",");
      await exec(`INSERT INTO "${table}" (${cols.map((x) => `"${x}"`).join(",")}) VALUES ${values}`, rows.flat());
    };
    await insert(
      "Post",
      ["id", "assignmentId", "questionId", "authorId", "responseId", "body", "createdAt", "updatedAt"],
      posts,
    );
    await insert(
      "PostCitation",
      ["id", "postId", "passageId", "quoteStart", "quoteEnd", "exact", "prefix", "suffix"],
      citations,
    );
    await insert("Reaction", ["id", "userId", "targetKey", "postId", "emoji"], reactions);
    await exec(`INSERT INTO "LiveSession" (id, "assignmentId", "joinCode") VALUES ('pg-live', $1, 'PGLIVE')`, [
      s.assignmentId,
    ]);
    const { rows: cls } = await exec(`SELECT "joinCode" FROM "Class" WHERE id = $1`, [s.classId]);
    await exec("ANALYZE");

    const values: Record<string, string> = {
      assignmentId: s.assignmentId,
      questionId: q1,
      debateQuestionId: s.questionIds[QUESTIONS - 1]!,
      classId: s.classId,
      studentId: done.id,
      slug: s.essaySlug,
      code: String(cls[0]!.joinCode),
      sessionId: "pg-live",
      setId: s.setId,
    };
    const roles: [string, string][] = [
      ["student", await ctx.signIn(done.email)],
      ["student taking the quiz", await ctx.signIn(taking.email)],
      ["instructor", await ctx.signIn(teacher!.email)],
      ["admin", await ctx.signIn(admin!.email)],
      ["visitor", ""],
    ];
    const only = process.env.BENCH_PAGES?.split(",").filter(Boolean);
    const seconds = Number(process.env.BENCH_PAGE_SECONDS ?? 5);
    const pages = discoverPages(path.resolve(import.meta.dirname, "../../../app")).filter(
      (p) => !only || only.some((w) => p.includes(w)),
    );
    ctx.log(
      `${pages.length} pages in the route tree; ${STUDENTS} students × ${QUESTIONS} questions, discussion of 240 items`,
    );
    const out: BenchResult = {};
    let unreachable = 0;
    for (const pattern of pages) {
      const url = `${ctx.baseUrl}${fillPattern(pattern, values)}`;
      let found: { role: string; cookie: string; bytes: number } | null = null;
      for (const [role, cookie] of roles) {
        const res = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
        const body = await res.arrayBuffer();
        if (res.status === 200) {
          found = { role, cookie, bytes: body.byteLength };
          break;
        }
      }
      const key = pageKey(pattern);
      if (!found) {
        ctx.log(`${pattern}: no role gets a 200 with the seeded data: not measured`);
        unreachable++;
        continue;
      }
      const r = await autocannon({
        url,
        connections: 20,
        duration: seconds,
        headers: found.cookie ? { cookie: found.cookie } : {},
      });
      const kB = found.bytes / 1000;
      ctx.log(
        `${pattern.padEnd(64)} as ${found.role.padEnd(24)} p50 ${String(r.latency.p50).padStart(5)} ms  ${r.requests.average.toFixed(0).padStart(5)} req/s  ${kB.toFixed(1).padStart(7)} kB`,
      );
      out[`page_${key}_p50_ms`] = { value: r.latency.p50, unit: "ms" };
      out[`page_${key}_p99_ms`] = { value: r.latency.p99, unit: "ms" };
      out[`page_${key}_requests_per_s`] = { value: r.requests.average, unit: "req/s" };
      out[`page_${key}_html_kB`] = { value: kB, unit: "kB" };
      out[`page_${key}_errors`] = { value: r.errors + r.non2xx + r.timeouts, unit: "count" };
    }
    out.pages_measured = { value: pages.length - unreachable, unit: "pages" };
    out.pages_not_measured = { value: unreachable, unit: "pages" };
    return out;
  },
};
export default suite;
