// The discussion view of a busy question: 40 students' answers, 200 posts with quotes, reactions.
// Measures the page a student opens after submitting (server render: visibility rules, threads, re-anchoring).
import autocannon from "autocannon";
import type { BenchSuite } from "../context";

const STUDENTS = 40;
const POSTS = 200;

const suite: BenchSuite = {
  name: "discussion",
  async run(ctx) {
    const { pool } = ctx;
    const [teacher] = await ctx.createUsers(1, "INSTRUCTOR", "disc-t");
    const students = await ctx.createUsers(STUDENTS, "STUDENT", "disc-s");
    const q = async (text: string, params: unknown[] = []) => (await pool.query(text, params)).rows;
    const [p] = await q(
      `SELECT p.id, p.start, e.body FROM "Passage" p JOIN "Essay" e ON e.id = p."essayId" WHERE e.slug = 'russia-taliban-engagement' AND p.paragraph = 2 AND p.sentence = 1`,
    );
    const at = (p.body as string).indexOf("soft underbelly");
    await q(
      `INSERT INTO "Class" (id, name, "joinCode", "instructorId") VALUES ('bench-disc-c', 'Bench', 'BENCHDISC', $1) ON CONFLICT DO NOTHING`,
      [teacher!.id],
    );
    await q(
      `INSERT INTO "QuestionSet" (id, title, "ownerId", "updatedAt") VALUES ('bench-disc-set', 'Bench', $1, now()) ON CONFLICT DO NOTHING`,
      [teacher!.id],
    );
    await q(
      `INSERT INTO "QuestionSetEssay" ("setId", "essayId") SELECT 'bench-disc-set', id FROM "Essay" WHERE "builtIn" ON CONFLICT DO NOTHING`,
    );
    await q(
      `INSERT INTO "Question" (id, "setId", position, type, prompt, content, "answerKey", "updatedAt") VALUES ('bench-disc-q', 'bench-disc-set', 0, 'SINGLE_CHOICE', 'Why?', $1, '{"correct":"a"}', now()) ON CONFLICT DO NOTHING`,
      [
        JSON.stringify({
          choices: [
            { id: "a", text: "Security" },
            { id: "b", text: "Ideology" },
            { id: "c", text: "Trade" },
          ],
        }),
      ],
    );
    await q(
      `INSERT INTO "QuestionPassage" ("questionId", "passageId") VALUES ('bench-disc-q', $1) ON CONFLICT DO NOTHING`,
      [p.id],
    );
    await q(
      `INSERT INTO "Assignment" (id, "classId", "setId", title) VALUES ('bench-disc-a', 'bench-disc-c', 'bench-disc-set', 'Bench') ON CONFLICT DO NOTHING`,
    );
    for (const [i, s] of students.entries()) {
      await q(
        `INSERT INTO "Enrollment" (id, "classId", "userId") VALUES ($1, 'bench-disc-c', $2) ON CONFLICT DO NOTHING`,
        [`bench-disc-e${i}`, s.id],
      );
      await q(
        `INSERT INTO "Attempt" (id, "assignmentId", "studentId", "submittedAt") VALUES ($1, 'bench-disc-a', $2, now()) ON CONFLICT DO NOTHING`,
        [`bench-disc-at${i}`, s.id],
      );
      await q(
        `INSERT INTO "Response" (id, "attemptId", "questionId", answer, "updatedAt") VALUES ($1, $2, 'bench-disc-q', $3, now()) ON CONFLICT DO NOTHING`,
        [`bench-disc-r${i}`, `bench-disc-at${i}`, JSON.stringify({ choiceId: "abc"[i % 3] })],
      );
    }
    for (let i = 0; i < POSTS; i++) {
      const author = students[i % STUDENTS]!;
      await q(
        `INSERT INTO "Post" (id, "assignmentId", "questionId", "authorId", "responseId", body, "updatedAt") VALUES ($1, 'bench-disc-a', 'bench-disc-q', $2, $3, $4, now()) ON CONFLICT DO NOTHING`,
        [`bench-disc-p${i}`, author.id, `bench-disc-r${(i * 7) % STUDENTS}`, `Reply number ${i} about the border.`],
      );
      await q(
        `INSERT INTO "PostCitation" (id, "postId", "passageId", "quoteStart", "quoteEnd", exact, prefix, suffix) VALUES ($1, $2, $3, $4, $5, 'soft underbelly', '', '') ON CONFLICT DO NOTHING`,
        [`bench-disc-pc${i}`, `bench-disc-p${i}`, p.id, at, at + 15],
      );
      await q(
        `INSERT INTO "Reaction" (id, "userId", "targetKey", "postId", emoji) VALUES ($1, $2, $3, $4, 'agree') ON CONFLICT DO NOTHING`,
        [`bench-disc-x${i}`, students[(i + 1) % STUDENTS]!.id, `post:bench-disc-p${i}`, `bench-disc-p${i}`],
      );
    }
    const cookie = await ctx.signIn(students[0]!.email);
    const url = `${ctx.baseUrl}/assignments/bench-disc-a/questions/bench-disc-q/discussion`;
    const t0 = performance.now();
    const first = await fetch(url, { headers: { cookie }, redirect: "manual" });
    const bytes = (await first.arrayBuffer()).byteLength;
    ctx.log(`first request: ${first.status} in ${Math.round(performance.now() - t0)} ms, ${bytes} bytes`);
    const r = await autocannon({ url, connections: 20, duration: 10, headers: { cookie } });
    return {
      discussion_page_requests_per_s: { value: r.requests.average, unit: "req/s" },
      discussion_page_p50_ms: { value: r.latency.p50, unit: "ms" },
      discussion_page_p99_ms: { value: r.latency.p99, unit: "ms" },
      discussion_page_html_kB: { value: bytes / 1000, unit: "kB" },
      discussion_page_errors: { value: r.errors + r.non2xx + r.timeouts, unit: "count" },
    };
  },
};
export default suite;
