// Builds report data straight in SQL (used by the analytics integration tests, the report e2e tests and the
// dashboard benchmark): a class, its students, a question set citing passages of a built-in essay, an
// assignment, submitted attempts and their responses, graded by the real grader. Bulk multi-row INSERTs,
// so 100k responses take seconds.
import { gradeAnswer } from "../../lib/grading/grade";
import type { QuestionType } from "../../lib/questions/schema";

export type Exec = (text: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
type Cite = { paragraph: number; sentence: number };
export type QuestionSpec = { type: QuestionType; prompt: string; content: unknown; answerKey: unknown; points?: number; cites: Cite[] };
export type ScenarioOptions = {
  tag: string;
  instructorId: string;
  essaySlug?: string;
  students: number;
  /** students enrolled who have not submitted (one of them has an unsubmitted attempt with answers) */
  notSubmitted?: number;
  /** builds the question list; receives a resolver from ¶/sentence to passage id */
  questions: (passage: (paragraph: number, sentence: number) => string) => QuestionSpec[];
  /** the answer student s gives to question q, or undefined to leave it unanswered */
  answer: (s: number, q: number, passage: (paragraph: number, sentence: number) => string) => unknown;
  name?: (s: number) => string;
  /** minutes student s took */
  minutes?: (s: number) => number;
};

async function insertRows(exec: Exec, table: string, columns: string[], rows: unknown[][]) {
  const per = Math.floor(30000 / columns.length);
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const values = chunk.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(",")})`).join(",");
    await exec(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES ${values}`, chunk.flat());
  }
}

export async function buildReportScenario(exec: Exec, o: ScenarioOptions) {
  const t = o.tag;
  const slug = o.essaySlug ?? "moscows-geopolitical-gamble";
  const { rows: passages } = await exec(
    `SELECT p.id, p.paragraph, p.sentence, e.id AS "essayId" FROM "Passage" p JOIN "Essay" e ON e.id = p."essayId" WHERE e.slug = $1`,
    [slug],
  );
  if (passages.length === 0) throw new Error(`essay ${slug} is not seeded`);
  const essayId = String(passages[0]!.essayId);
  const passage = (paragraph: number, sentence: number) => {
    const p = passages.find((x) => x.paragraph === paragraph && x.sentence === sentence);
    if (!p) throw new Error(`no passage ¶${paragraph} s${sentence} in ${slug}`);
    return String(p.id);
  };
  const specs = o.questions(passage);
  const total = o.students + (o.notSubmitted ?? 0);
  const students = Array.from({ length: total }, (_, s) => ({ id: `${t}-s${s}`, name: o.name?.(s) ?? `Student ${String(s + 1).padStart(3, "0")}`, email: `${t}-s${s}@report.school` }));
  const classId = `${t}-class`;
  const setId = `${t}-set`;
  const assignmentId = `${t}-asg`;

  await insertRows(exec, "User", ["id", "email", "name", "passwordHash", "role"], students.map((s) => [s.id, s.email, s.name, "not-a-login", "STUDENT"]));
  await exec(`INSERT INTO "Class" (id, name, "joinCode", "instructorId") VALUES ($1, $2, $3, $4)`, [classId, `Report class ${t}`, `R${t}`.slice(0, 40), o.instructorId]);
  await insertRows(exec, "Enrollment", ["id", "classId", "userId"], students.map((s) => [`${s.id}-en`, classId, s.id]));
  await exec(`INSERT INTO "QuestionSet" (id, title, "ownerId", "updatedAt") VALUES ($1, $2, $3, now())`, [setId, `Reading check ${t}`, o.instructorId]);
  await exec(`INSERT INTO "QuestionSetEssay" ("setId", "essayId") VALUES ($1, $2)`, [setId, essayId]);
  const questionIds = specs.map((_, i) => `${t}-q${i + 1}`);
  await insertRows(
    exec,
    "Question",
    ["id", "setId", "position", "type", "prompt", "content", "answerKey", "points", "updatedAt"],
    specs.map((q, i) => [questionIds[i], setId, i, q.type, q.prompt, JSON.stringify(q.content), JSON.stringify(q.answerKey), q.points ?? 1, new Date()]),
  );
  await insertRows(exec, "QuestionPassage", ["questionId", "passageId", "position"], specs.flatMap((q, i) => q.cites.map((c, j) => [questionIds[i], passage(c.paragraph, c.sentence), j])));
  await exec(`INSERT INTO "Assignment" (id, "classId", "setId", title) VALUES ($1, $2, $3, $4)`, [assignmentId, classId, setId, `Quiz ${t}`]);

  const now = Date.now();
  const attempts: unknown[][] = [];
  const responses: unknown[][] = [];
  students.forEach((s, i) => {
    const submitted = i < o.students;
    if (!submitted && i !== o.students) return; // the first non-submitter has an attempt in progress, the rest nothing
    const minutes = o.minutes?.(i) ?? 5 + (i % 20);
    const started = new Date(now - (minutes + 60) * 60_000);
    const attemptId = `${s.id}-a1`;
    let score = 0;
    specs.forEach((q, qi) => {
      const answer = o.answer(i, qi, passage);
      if (answer === undefined) return;
      const points = q.points ?? 1;
      const { score: auto } = gradeAnswer({ type: q.type, content: q.content, answerKey: q.answerKey, points }, answer);
      score += auto ?? 0;
      responses.push([`${attemptId}-r${qi}`, attemptId, questionIds[qi], JSON.stringify(answer), auto, new Date()]);
    });
    const max = specs.reduce((sum, q) => sum + (q.points ?? 1), 0);
    attempts.push([attemptId, assignmentId, s.id, 1, started, submitted ? new Date(started.getTime() + minutes * 60_000) : null, submitted ? score : null, submitted ? max : null]);
  });
  await insertRows(exec, "Attempt", ["id", "assignmentId", "studentId", "number", "startedAt", "submittedAt", "score", "maxScore"], attempts);
  await insertRows(exec, "Response", ["id", "attemptId", "questionId", "answer", "autoScore", "updatedAt"], responses);
  return { classId, setId, assignmentId, essayId, essaySlug: slug, students, questionIds, passage };
}

/** A discussion post on a question that cites passages (PostCitation), as the discussion feature stores it. */
export async function addCitingPost(exec: Exec, p: { id: string; assignmentId: string; questionId: string; authorId: string; passageIds: string[] }) {
  await exec(`INSERT INTO "Post" (id, "assignmentId", "questionId", "authorId", body, "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`, [
    p.id,
    p.assignmentId,
    p.questionId,
    p.authorId,
    "I think this passage is the key.",
  ]);
  await insertRows(exec, "PostCitation", ["id", "postId", "passageId"], p.passageIds.map((pid, i) => [`${p.id}-c${i}`, p.id, pid]));
}
