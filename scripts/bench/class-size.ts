// The class-size data the page suites (pages, lighthouse) measure with, seeded once per bench run: a class of
// 30 students who submitted a 20-question quiz (one more still taking it), a discussion of 240 items on its
// first question (30 answers + 210 replies with quotes and reactions), a debate question, a live session; and
// the sessions of the roles that see the pages: a student who submitted, a student still taking the quiz, the
// class's instructor, an admin, and a visitor (no cookie).
import { hash } from "@node-rs/argon2";
import type { QuestionSpec } from "../../tests/fixtures/analytics-data";
import { buildReportScenario } from "../../tests/fixtures/analytics-data";
import { BENCH_PASSWORD, type BenchContext } from "./context";
import { mixedQuestion } from "./question-mix";

export type ClassSize = { values: Record<string, string>; roles: [role: string, cookie: string][] };

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
          minCitations: 1,
        },
        answerKey: {},
        cites,
      };
    return mixedQuestion(i, cites);
  });
}

function answer(s: number, q: number): unknown {
  if (q === QUESTIONS - 1) return undefined; // the debate is argued on its own page
  const right = (s * 7 + q * 3) % 5 !== 0;
  if (q % 3 === 1) return { value: right };
  if (q % 3 === 2) return { text: right ? "Russia" : "China" };
  return { choiceId: right ? "a" : "bcd"[(s + q) % 3] };
}

let seeded: Promise<ClassSize> | null = null;

/** Seeds the data once (later calls in the same run get the same values) and signs the roles in. */
export function seedClassSize(ctx: BenchContext): Promise<ClassSize> {
  seeded ??= seed(ctx);
  return seeded;
}

async function seed(ctx: BenchContext): Promise<ClassSize> {
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
    // No LTI Deep Linking request is seeded (it needs a registered platform and a launch): the page answers 404
    // to every role and the suite reports it as not reached.
    deepLinkId: "pg-no-deep-link",
  };
  const roles: [string, string][] = [
    ["student", await ctx.signIn(done.email)],
    ["student taking the quiz", await ctx.signIn(taking.email)],
    ["instructor", await ctx.signIn(teacher!.email)],
    ["admin", await ctx.signIn(admin!.email)],
    ["visitor", ""],
  ];
  return { values, roles };
}

/** The first role that gets `url` as a 200 (no redirect), with the page's size; null when none does. */
export async function firstRoleFor(url: string, roles: ClassSize["roles"]) {
  for (const [role, cookie] of roles) {
    const res = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
    const body = await res.arrayBuffer();
    if (res.status === 200) return { role, cookie, bytes: body.byteLength, body };
  }
  return null;
}
