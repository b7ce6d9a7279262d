// Fault test: PostgreSQL is stopped in the middle of a quiz. The app runs as its own `next start` on a
// PostgreSQL server of this test's own (tests/support/own-postgres.ts), so stopping that server touches no
// other test. Fast shutdown terminates every open connection and refuses new ones. The student's page must
// say that saving is retrying, and once the server is started again every answer typed meanwhile must be
// saved exactly once.
import { startInstance } from "../tests/support/live-http";
import { copyRows, ownPostgres } from "../tests/support/own-postgres";
import { expect, PASSWORD, sql, test } from "./support/fixtures";
import { enroll, seedAssignment, seedClass, seedSet } from "./support/quiz-fixtures";

const shared = (text: string, params: unknown[] = []) => sql<{ rows: unknown }>(text, params);

test("answers typed while PostgreSQL is down are saved exactly once when it comes back", async ({
  page,
  instructor,
  student,
}) => {
  test.setTimeout(120_000);
  const cls = await seedClass(instructor.id);
  const set = await seedSet(instructor.id);
  const a = await seedAssignment(cls.id, set.setId);
  await enroll(cls.id, student.id);

  // The server of this test's own, holding the rows the quiz needs.
  const db = await ownPostgres();
  let app: Awaited<ReturnType<typeof startInstance>> | null = null;
  try {
    const essays = `(SELECT "essayId" FROM "QuestionSetEssay" WHERE "setId" = $1)`;
    await copyRows(shared, db, "User", `id = ANY($1)`, [[instructor.id, student.id]]);
    await copyRows(shared, db, "Essay", `id IN ${essays}`, [set.setId]);
    await copyRows(shared, db, "Passage", `"essayId" IN ${essays}`, [set.setId]);
    await copyRows(shared, db, "Class", `id = $1`, [cls.id]);
    await copyRows(shared, db, "Enrollment", `"classId" = $1`, [cls.id]);
    await copyRows(shared, db, "QuestionSet", `id = $1`, [set.setId]);
    await copyRows(shared, db, "QuestionSetEssay", `"setId" = $1`, [set.setId]);
    await copyRows(shared, db, "Question", `"setId" = $1`, [set.setId]);
    await copyRows(shared, db, "QuestionPassage", `"questionId" IN (SELECT id FROM "Question" WHERE "setId" = $1)`, [
      set.setId,
    ]);
    await copyRows(shared, db, "Assignment", `id = $1`, [a.id]);
    app = await startInstance(db.url);
    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel("Email").fill(student.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/dashboard/);
    await page.goto(`${app.url}/assignments/${a.id}`);
    await page.getByRole("button", { name: "Start quiz" }).click();
    await page.getByLabel("Formally recognised them").check();
    await expect(page.getByTestId("save-status")).toHaveText(/Saved/);

    // PostgreSQL stops mid-quiz.
    await db.stop();
    await page.getByRole("radio", { name: "False" }).check();
    await page.getByRole("textbox", { name: "Your answer" }).fill("Typed while the database was down.");
    await expect(page.getByTestId("save-status")).toHaveText(/Couldn't save — retrying/);
    await page.getByRole("textbox", { name: "Your answer" }).fill("Typed while the database was down, then edited.");
    await expect(page.getByTestId("save-status")).toHaveText(/Couldn't save — retrying/);

    // It is started again: the page catches up by itself, and the app server survived the outage.
    await db.start();
    await expect(page.getByTestId("save-status")).toHaveText(/Saved/, { timeout: 45_000 });
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200);

    const rows = await db.query<{ questionId: string; answer: unknown; n: string }>(
      `SELECT r."questionId", r.answer, count(*) OVER (PARTITION BY r."questionId") AS n
         FROM "Response" r JOIN "Attempt" t ON t.id = r."attemptId" WHERE t."assignmentId" = $1`,
      [a.id],
    );
    const byQ = Object.fromEntries(rows.map((r) => [r.questionId, r]));
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.n === "1")).toBe(true);
    expect(byQ[set.questionIds[0]!]!.answer).toEqual({ choiceId: "c1" });
    expect(byQ[set.questionIds[1]!]!.answer).toEqual({ value: false });
    expect(byQ[set.questionIds[3]!]!.answer).toEqual({ text: "Typed while the database was down, then edited." });
    expect(await db.query(`SELECT 1 FROM "Attempt" WHERE "assignmentId" = $1`, [a.id])).toHaveLength(1);
  } finally {
    await app?.stop();
    await db.destroy();
  }
});
