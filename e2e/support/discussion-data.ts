// Seeds what the discussion e2e tests need straight into the test database: a class with enrolled
// students, a question set on the built-in essays, one question citing passages, an assignment, and
// submitted attempts. Every row gets a unique id, so tests run in parallel.
import { randomUUID } from "node:crypto";
import { sql, type TestUser } from "./fixtures";

const id = (p: string) => `${p}_${randomUUID().replace(/-/g, "").slice(0, 20)}`;

export type PassageRow = {
  id: string;
  essayId: string;
  paragraph: number;
  sentence: number;
  text: string;
  start: number;
  end: number;
};

export async function passage(slug: string, paragraph: number, sentence: number): Promise<PassageRow> {
  const [p] = await sql<PassageRow>(
    `SELECT p.id, p."essayId", p.paragraph, p.sentence, p.text, p.start, p."end" FROM "Passage" p JOIN "Essay" e ON e.id = p."essayId" WHERE e.slug = $1 AND p.paragraph = $2 AND p.sentence = $3`,
    [slug, paragraph, sentence],
  );
  if (!p) throw new Error(`no passage ${slug} ¶${paragraph} s${sentence}`);
  return p;
}

type Seed = {
  instructor: TestUser;
  students: TestUser[];
  type: "SINGLE_CHOICE" | "SHORT_ANSWER" | "DEBATE";
  prompt: string;
  content: unknown;
  answerKey?: unknown;
  cites: PassageRow[];
  essays?: string[];
  peersAfterAnswer?: boolean;
  anonymous?: boolean;
};

export async function seedAssignment(s: Seed) {
  const classId = id("cls");
  const setId = id("set");
  const questionId = id("q");
  const assignmentId = id("asg");
  await sql(`INSERT INTO "Class" (id, name, "joinCode", "instructorId") VALUES ($1, $2, $3, $4)`, [
    classId,
    "Global Politics",
    id("J").slice(0, 14),
    s.instructor.id,
  ]);
  for (const st of s.students)
    await sql(`INSERT INTO "Enrollment" (id, "classId", "userId") VALUES ($1, $2, $3)`, [id("enr"), classId, st.id]);
  await sql(
    `INSERT INTO "QuestionSet" (id, title, "ownerId", "updatedAt") VALUES ($1, 'Taliban recognition', $2, now())`,
    [setId, s.instructor.id],
  );
  for (const slug of s.essays ?? ["russia-taliban-engagement", "moscows-geopolitical-gamble"])
    await sql(`INSERT INTO "QuestionSetEssay" ("setId", "essayId") SELECT $1, id FROM "Essay" WHERE slug = $2`, [
      setId,
      slug,
    ]);
  await sql(
    `INSERT INTO "Question" (id, "setId", position, type, prompt, content, "answerKey", "updatedAt") VALUES ($1, $2, 0, $3, $4, $5, $6, now())`,
    [questionId, setId, s.type, s.prompt, JSON.stringify(s.content), JSON.stringify(s.answerKey ?? {})],
  );
  for (const [i, p] of s.cites.entries())
    await sql(`INSERT INTO "QuestionPassage" ("questionId", "passageId", position) VALUES ($1, $2, $3)`, [
      questionId,
      p.id,
      i,
    ]);
  await sql(
    `INSERT INTO "Assignment" (id, "classId", "setId", title, "peersAfterAnswer", anonymous) VALUES ($1, $2, $3, 'Week 3 reading', $4, $5)`,
    [assignmentId, classId, setId, s.peersAfterAnswer ?? true, s.anonymous ?? false],
  );
  return { classId, setId, questionId, assignmentId, url: `/assignments/${assignmentId}/questions/${questionId}` };
}

/** A submitted attempt with one response (and the response's citations). */
export async function submitAnswer(
  a: { assignmentId: string; questionId: string },
  student: TestUser,
  answer: Record<string, unknown>,
  citations: string[] = [],
) {
  const attemptId = id("att");
  const responseId = id("rsp");
  await sql(
    `INSERT INTO "Attempt" (id, "assignmentId", "studentId", number, "submittedAt") VALUES ($1, $2, $3, 1, now())`,
    [attemptId, a.assignmentId, student.id],
  );
  await sql(
    `INSERT INTO "Response" (id, "attemptId", "questionId", answer, stance, "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`,
    [
      responseId,
      attemptId,
      a.questionId,
      JSON.stringify(answer),
      typeof answer.stanceId === "string" ? answer.stanceId : null,
    ],
  );
  for (const pid of citations)
    await sql(`INSERT INTO "ResponseCitation" (id, "responseId", "passageId") VALUES ($1, $2, $3)`, [
      id("rc"),
      responseId,
      pid,
    ]);
  return { attemptId, responseId };
}

/** A reply to an answer (or, with `responseId` null, a post on the question itself), written `minutesAgo`
 *  minutes ago (threads are shown oldest first). */
export async function seedReply(
  a: { assignmentId: string; questionId: string },
  author: TestUser,
  responseId: string | null,
  body: string,
  opts: { minutesAgo: number; pinned?: boolean },
) {
  await sql(
    `INSERT INTO "Post" (id, "assignmentId", "questionId", "authorId", "responseId", body, pinned, "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, now() - make_interval(mins => $8), now())`,
    [id("post"), a.assignmentId, a.questionId, author.id, responseId, body, opts.pinned ?? false, opts.minutesAgo],
  );
}
