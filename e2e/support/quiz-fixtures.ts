// Seeds classes and quizzes for the quiz, class and grading specs straight into the test database, so the
// specs do not depend on built-in question sets (another feature) and can run in parallel.
import { randomBytes } from "node:crypto";
import { sql } from "./fixtures";

const uid = (p: string) => `${p}${Date.now().toString(36)}${randomBytes(4).toString("hex")}`;

/** Strings that must never reach a student's browser before the reveal policy allows. */
export const SECRETS = {
  explanation: "SECRET-EXPLANATION-because-the-kremlin",
  modelAnswer: "SECRET-MODEL-ANSWER-recognition-buys-leverage",
  keyword: "secretkeywordleverage",
  rubric: "SECRET-RUBRIC-mentions-leverage",
  cloze: "Zanzibarword",
};

export async function seedClass(instructorId: string, name = "Global Politics") {
  const id = uid("cls");
  const joinCode = randomBytes(4).toString("hex").toUpperCase().slice(0, 6).replace(/[01]/g, "7");
  await sql(`INSERT INTO "Class" (id, name, "joinCode", "instructorId") VALUES ($1, $2, $3, $4)`, [
    id,
    name,
    joinCode,
    instructorId,
  ]);
  return { id, name, joinCode };
}

export async function enroll(classId: string, userId: string) {
  await sql(`INSERT INTO "Enrollment" (id, "classId", "userId") VALUES ($1, $2, $3)`, [uid("enr"), classId, userId]);
}

/**
 * A question set with no questions yet on the built-in essay, and the passage its seeders' questions cite
 * (paragraph 1, sentence 1: "…regional lifeline…").
 */
export async function seedEmptySet(ownerId: string, title: string) {
  const setId = uid("set");
  await sql(`INSERT INTO "QuestionSet" (id, title, "ownerId", "updatedAt") VALUES ($1, $2, $3, now())`, [
    setId,
    title,
    ownerId,
  ]);
  const [essay] = await sql<{ id: string }>(`SELECT id FROM "Essay" WHERE slug = 'moscows-geopolitical-gamble'`);
  await sql(`INSERT INTO "QuestionSetEssay" ("setId", "essayId") VALUES ($1, $2)`, [setId, essay!.id]);
  const [p] = await sql<{ id: string; text: string }>(
    `SELECT id, text FROM "Passage" WHERE "essayId" = $1 AND paragraph = 1 AND sentence = 1`,
    [essay!.id],
  );
  return { setId, passage: p! };
}

/** A question set on the built-in essay with a single choice, true/false, cloze and short answer question. */
export async function seedSet(ownerId: string, title = "Moscow and the Taliban") {
  const { setId, passage: p } = await seedEmptySet(ownerId, title);
  const qs = [
    {
      type: "SINGLE_CHOICE",
      prompt: "What did Russia do about the Taliban?",
      content: {
        choices: [
          { id: "c1", text: "Formally recognised them" },
          { id: "c2", text: "Imposed sanctions" },
        ],
      },
      key: { correct: "c1" },
      points: 1,
      explanation: SECRETS.explanation,
    },
    {
      type: "TRUE_FALSE",
      prompt: "The essay calls the recognition a regional lifeline.",
      content: {},
      key: { correct: false },
      points: 1,
      explanation: "",
    },
    {
      type: "CLOZE",
      prompt: "Fill the blank.",
      content: { before: "Russia recognised the", after: "government." },
      key: { accepted: [SECRETS.cloze], caseSensitive: false },
      points: 1,
      explanation: "",
    },
    {
      type: "SHORT_ANSWER",
      prompt: "Why might Moscow recognise the Taliban?",
      content: {},
      key: { modelAnswer: SECRETS.modelAnswer, keywords: [SECRETS.keyword, "security"] },
      points: 2,
      explanation: "",
      rubric: SECRETS.rubric,
    },
  ];
  const ids: string[] = [];
  for (const [i, q] of qs.entries()) {
    const id = uid("q");
    ids.push(id);
    await sql(
      `INSERT INTO "Question" (id, "setId", position, type, prompt, content, "answerKey", explanation, points, rubric, "updatedAt") VALUES ($1, $2, $3, $4::"QuestionType", $5, $6, $7, $8, $9, $10, now())`,
      [
        id,
        setId,
        i,
        q.type,
        q.prompt,
        JSON.stringify(q.content),
        JSON.stringify(q.key),
        q.explanation,
        q.points,
        q.rubric ?? null,
      ],
    );
    await sql(`INSERT INTO "QuestionPassage" ("questionId", "passageId") VALUES ($1, $2)`, [id, p.id]);
  }
  return { setId, title, questionIds: ids, passageId: p.id };
}

export async function seedAssignment(
  classId: string,
  setId: string,
  extra: { title?: string; revealAnswers?: string; closesAt?: Date | null } = {},
) {
  const id = uid("asg");
  await sql(
    `INSERT INTO "Assignment" (id, "classId", "setId", title, "revealAnswers", "closesAt") VALUES ($1, $2, $3, $4, $5::"RevealPolicy", $6)`,
    [id, classId, setId, extra.title ?? "Reading check", extra.revealAnswers ?? "AFTER_SUBMIT", extra.closesAt ?? null],
  );
  return { id };
}

/** A set with one debate prompt on the built-in essay. */
export async function seedDebateSet(ownerId: string) {
  const { setId, passage: p } = await seedEmptySet(ownerId, "Debate");
  const id = uid("q");
  const content = {
    stances: [
      { id: "yes", text: "Recognition helps Russia" },
      { id: "no", text: "Recognition backfires" },
    ],
    minCitations: 1,
  };
  await sql(
    `INSERT INTO "Question" (id, "setId", position, type, prompt, content, "answerKey", points, rubric, "updatedAt") VALUES ($1, $2, 0, 'DEBATE', 'Does recognising the Taliban help Moscow?', $3, '{}', 4, 'Takes a side and cites the text', now())`,
    [id, setId, JSON.stringify(content)],
  );
  await sql(`INSERT INTO "QuestionPassage" ("questionId", "passageId") VALUES ($1, $2)`, [id, p.id]);
  return { setId, questionId: id };
}
