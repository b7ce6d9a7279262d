// Guided reading (issue 20): the instructor places the questions inside the essay; a student reads down to a
// question, answers it and the next section opens, on a phone and a laptop; a reload resumes where they stopped;
// the instructor turns the gate off for one student and the whole essay opens for them.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { createUser, expect, expectNoA11yViolations, signIn, sql, test, type TestUser } from "./support/fixtures";
import { enroll, seedClass } from "./support/quiz-fixtures";
import { finishSentence, spoken, stubSpeech } from "./support/speech-stub";

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const uid = (p: string) => `${p}${randomBytes(6).toString("hex")}`;
type Sentence = { id: string; paragraph: number; sentence: number; text: string };

/** Three questions on the built-in essay, citing ¶1 s1, ¶2 s1 and ¶3 s1: three sections, then the rest. */
async function seedGuidedSet(ownerId: string) {
  const setId = uid("set");
  await sql(`INSERT INTO "QuestionSet" (id, title, "ownerId", "updatedAt") VALUES ($1, 'Guided: Moscow', $2, now())`, [
    setId,
    ownerId,
  ]);
  const [essay] = await sql<{ id: string }>(`SELECT id FROM "Essay" WHERE slug = 'moscows-geopolitical-gamble'`);
  await sql(`INSERT INTO "QuestionSetEssay" ("setId", "essayId") VALUES ($1, $2)`, [setId, essay!.id]);
  const at = await sql<Sentence>(
    `SELECT id, paragraph, sentence, text FROM "Passage" WHERE "essayId" = $1 AND sentence = 1 AND paragraph <= 3 ORDER BY paragraph`,
    [essay!.id],
  );
  const qs = [
    {
      prompt: "Who does the first sentence say acted?",
      content: {
        choices: [
          { id: "a", text: "Moscow" },
          { id: "b", text: "Paris" },
        ],
      },
      key: { correct: "a" },
      type: "SINGLE_CHOICE",
    },
    { prompt: "The second paragraph agrees with the first.", content: {}, key: { correct: true }, type: "TRUE_FALSE" },
    { prompt: "The third paragraph changes the subject.", content: {}, key: { correct: false }, type: "TRUE_FALSE" },
  ];
  for (const [i, q] of qs.entries()) {
    const id = uid("q");
    await sql(
      `INSERT INTO "Question" (id, "setId", position, type, prompt, content, "answerKey", "updatedAt") VALUES ($1, $2, $3, $4::"QuestionType", $5, $6, $7, now())`,
      [id, setId, i, q.type, q.prompt, JSON.stringify(q.content), JSON.stringify(q.key)],
    );
    await sql(`INSERT INTO "QuestionPassage" ("questionId", "passageId") VALUES ($1, $2)`, [id, at[i]!.id]);
  }
  return { setId, at, prompts: qs.map((q) => q.prompt) };
}

const lock = (p: Page) => p.getByTestId("guide-lock");

async function startGuided(browserPage: Page, student: TestUser, assignmentId: string) {
  await signIn(browserPage, student);
  await browserPage.goto(`/assignments/${assignmentId}`);
  await browserPage.getByRole("button", { name: "Start quiz" }).click();
  await expect(browserPage.getByRole("heading", { name: "Question 1" }).or(lock(browserPage))).toBeVisible();
}

for (const device of ["phone", "laptop"] as const) {
  test(`a guided reading opens section by section on a ${device}, and a reload resumes`, async ({
    browser,
    instructor,
    student,
  }) => {
    test.setTimeout(180_000); // three sessions, two contexts, a dozen saves
    const cls = await seedClass(instructor.id);
    const g = await seedGuidedSet(instructor.id);
    await enroll(cls.id, student.id);

    // The instructor chooses the option in the assignment form.
    const t = await browser.newPage();
    await signIn(t, instructor);
    await t.goto(`/classes/${cls.id}/assignments/new`);
    await t.getByLabel("Question set").selectOption({ label: "Guided: Moscow (3 questions)" });
    await t.getByLabel("Place questions inside the essay").check();
    await t.getByRole("button", { name: "Assign to class" }).click();
    await t.waitForURL(/\/assignments\/[^/]+$/);
    await expect(t.getByText(/answers shown after submitting.*questions inside the essay/)).toBeVisible();
    const [a] = await sql<{ id: string }>(`SELECT id FROM "Assignment" WHERE "setId" = $1`, [g.setId]);

    const s = await (
      await browser.newContext(device === "phone" ? phone : { viewport: { width: 1280, height: 900 } })
    ).newPage();
    await startGuided(s, student, a!.id);
    // Section 1: the text down to the first question, the question, and the lock; nothing of ¶2 on the page.
    await expect(s.getByText(g.at[0]!.text)).toBeVisible();
    await expect(s.getByRole("heading", { name: g.prompts[0] })).toBeVisible();
    await expect(lock(s)).toContainText("Answer the question above to keep reading.");
    await expect(s.getByText(g.at[1]!.text)).toHaveCount(0);
    await expect(s.getByRole("heading", { name: g.prompts[1] })).toHaveCount(0);
    expect(await s.content()).not.toContain(g.at[1]!.text);
    await expectNoA11yViolations(s);
    if (process.env.SCREENSHOTS)
      await s.screenshot({ path: `test-results/guided-${device}-locked.png`, fullPage: true });

    // A wrong answer opens the next section all the same; no correctness is shown.
    await s.getByLabel("Paris").check();
    await expect(s.getByText(g.at[1]!.text)).toBeVisible();
    await expect(s.getByRole("heading", { name: g.prompts[1] })).toBeVisible();
    await expect(s.getByText(g.at[2]!.text)).toHaveCount(0);
    await expect(s.getByText(/correct/i)).toHaveCount(0);

    // Reload: the opened section stays open, the answer is kept.
    await s.reload();
    await expect(s.getByText(g.at[1]!.text)).toBeVisible();
    await expect(s.getByLabel("Paris")).toBeChecked();
    await expect(lock(s)).toBeVisible();

    await s.getByRole("group", { name: g.prompts[1] }).getByLabel("True").check();
    await expect(s.getByText(g.at[2]!.text)).toBeVisible();
    await s.getByRole("group", { name: g.prompts[2] }).getByLabel("False").check();
    await expect(lock(s)).toHaveCount(0);
    await expect(s.getByTestId("save-status")).toHaveText(/Saved/);
    await expectNoA11yViolations(s);
    if (process.env.SCREENSHOTS) await s.screenshot({ path: `test-results/guided-${device}-open.png`, fullPage: true });
    const [attempt] = await sql<{ guideOpened: string[] }>(
      `SELECT "guideOpened" FROM "Attempt" WHERE "assignmentId" = $1`,
      [a!.id],
    );
    expect(attempt!.guideOpened).toHaveLength(3);

    // Exactly as the quiz: one submit.
    await s.getByRole("button", { name: "Submit answers" }).click();
    await s.getByRole("dialog").getByRole("button", { name: "Submit now" }).click();
    await expect(s.getByText("Your answers were submitted.")).toBeVisible();
    expect(
      await sql(`SELECT 1 FROM "Attempt" WHERE "assignmentId" = $1 AND "submittedAt" IS NOT NULL`, [a!.id]),
    ).toHaveLength(1);
  });
}

test("the instructor turns the gate off for one student: the whole essay opens; read-aloud reads it", async ({
  browser,
  instructor,
  student,
}) => {
  test.setTimeout(180_000);
  const other = await createUser("STUDENT", "Other Reader");
  const cls = await seedClass(instructor.id);
  const g = await seedGuidedSet(instructor.id);
  await enroll(cls.id, student.id);
  await enroll(cls.id, other.id);
  const assignmentId = uid("asg");
  await sql(
    `INSERT INTO "Assignment" (id, "classId", "setId", title, "guidedReading") VALUES ($1, $2, $3, 'Guided', true)`,
    [assignmentId, cls.id, g.setId],
  );
  const s = await (await browser.newContext()).newPage();
  await stubSpeech(s);
  await startGuided(s, student, assignmentId);
  await expect(s.getByText(g.at[1]!.text)).toHaveCount(0);

  const t = await (await browser.newContext()).newPage();
  await signIn(t, instructor);
  await t.goto(`/assignments/${assignmentId}`);
  await t.getByRole("button", { name: `Open the whole essay to ${student.name}` }).click();
  await expect(t.getByText("Whole essay open")).toHaveCount(1);
  await expect(t.getByRole("button", { name: `Guide ${student.name} section by section again` })).toBeVisible();
  await expect(t.getByRole("button", { name: `Open the whole essay to ${other.name}` })).toBeVisible();
  await expectNoA11yViolations(t);
  if (process.env.SCREENSHOTS) await t.screenshot({ path: "test-results/guided-teacher-gate.png", fullPage: true });

  await s.reload();
  await expect(s.getByText("Your teacher opened the whole essay for you")).toBeVisible();
  await expect(lock(s)).toHaveCount(0);
  for (const p of g.at) await expect(s.getByText(p.text)).toBeVisible();
  for (const prompt of g.prompts) await expect(s.getByRole("heading", { name: prompt })).toBeVisible();

  // Read-aloud on the guided reading: the open text, sentence by sentence.
  await s.getByRole("region", { name: "Read aloud" }).getByRole("button", { name: "Listen" }).click();
  await expect(s.locator('[aria-current="true"]')).toHaveText(g.at[0]!.text);
  await finishSentence(s);
  await expect(s.locator('[aria-current="true"]')).not.toHaveText(g.at[0]!.text);
  expect((await spoken(s))[0]!.text).toBe(g.at[0]!.text);
});
