// Seeds what a live-mode test needs, straight into the database (the class, set and assignment features
// are built by other parts of the app): a class with enrolled students, a three-question set citing
// passages of a built-in essay, and a LIVE assignment. Works with any `query(text, params)` (pg Pool).
import { randomBytes } from "node:crypto";

type Query = (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

export type LiveFixture = {
  classId: string;
  assignmentId: string;
  setId: string;
  questions: { id: string; prompt: string; correctLabel: string; wrongLabel: string; passageText: string }[];
};

const uid = (p: string) => `${p}_${randomBytes(8).toString("hex")}`;

export async function seedLiveAssignment(query: Query, { instructorId, studentIds, title = "Live check" }: { instructorId: string; studentIds: string[]; title?: string }): Promise<LiveFixture> {
  const classId = uid("cls");
  await query(`INSERT INTO "Class" (id, name, "joinCode", "instructorId") VALUES ($1, $2, $3, $4)`, [classId, `Live class ${classId.slice(-4)}`, uid("J").toUpperCase(), instructorId]);
  for (let i = 0; i < studentIds.length; i += 1000) {
    const chunk = studentIds.slice(i, i + 1000);
    await query(
      `INSERT INTO "Enrollment" (id, "classId", "userId") SELECT 'enr_' || md5(random()::text || u), $1, u FROM unnest($2::text[]) AS u`,
      [classId, chunk],
    );
  }
  const [essay] = await query(`SELECT id FROM "Essay" WHERE slug = 'moscows-geopolitical-gamble'`);
  if (!essay) throw new Error("the built-in essay is missing: run the tests through scripts/db.mjs test (it seeds)");
  const passages = await query(
    `SELECT id, text FROM "Passage" WHERE "essayId" = $1 AND sentence = 1 AND paragraph IN (2, 3, 4) ORDER BY paragraph`,
    [essay.id],
  );
  const setId = uid("set");
  await query(`INSERT INTO "QuestionSet" (id, title, "ownerId", "updatedAt") VALUES ($1, $2, $3, now())`, [setId, `${title} set`, instructorId]);
  await query(`INSERT INTO "QuestionSetEssay" ("setId", "essayId") VALUES ($1, $2)`, [setId, essay.id]);
  const specs = [
    {
      type: "SINGLE_CHOICE",
      prompt: "What does the essay say Russia's recognition may appear to be at first glance?",
      content: { choices: [{ id: "a", text: "A diplomatic gesture" }, { id: "b", text: "A military alliance" }, { id: "c", text: "A trade agreement" }] },
      key: { correct: "a" },
      correctLabel: "A diplomatic gesture",
      wrongLabel: "A military alliance",
    },
    {
      type: "TRUE_FALSE",
      prompt: "Anti-Taliban groups had pinned their hopes on the Kremlin.",
      content: {},
      key: { correct: true },
      correctLabel: "True",
      wrongLabel: "False",
    },
    {
      type: "SINGLE_CHOICE",
      prompt: "Which country kept Afghanistan's embassy open?",
      content: { choices: [{ id: "t", text: "Tajikistan" }, { id: "u", text: "Uzbekistan" }] },
      key: { correct: "t" },
      correctLabel: "Tajikistan",
      wrongLabel: "Uzbekistan",
    },
  ];
  const questions: LiveFixture["questions"] = [];
  for (const [i, s] of specs.entries()) {
    const id = uid("q");
    const passage = passages[Math.min(i, passages.length - 1)]!;
    await query(
      `INSERT INTO "Question" (id, "setId", position, type, prompt, content, "answerKey", explanation, points, "updatedAt") VALUES ($1, $2, $3, $4::"QuestionType", $5, $6, $7, $8, 1, now())`,
      [id, setId, i, s.type, s.prompt, JSON.stringify(s.content), JSON.stringify(s.key), `Explanation ${i + 1}: see the passage.`],
    );
    await query(`INSERT INTO "QuestionPassage" ("questionId", "passageId") VALUES ($1, $2)`, [id, passage.id]);
    questions.push({ id, prompt: s.prompt, correctLabel: s.correctLabel, wrongLabel: s.wrongLabel, passageText: String(passage.text) });
  }
  const assignmentId = uid("asg");
  await query(`INSERT INTO "Assignment" (id, "classId", "setId", title, mode) VALUES ($1, $2, $3, $4, 'LIVE')`, [assignmentId, classId, setId, title]);
  return { classId, assignmentId, setId, questions };
}
