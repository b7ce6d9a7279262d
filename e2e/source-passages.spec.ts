// Source passages while answering (issue 15, item 5): one rule in the preview, the quiz and live mode. The
// assignment says whether cited passages are shown; a cloze's passage is shown with its blank blanked, never
// with the answer; the instructor can turn passages off in the assignment's settings.
import { randomBytes } from "node:crypto";
import { expect, expectNoA11yViolations, signIn, sql, test } from "./support/fixtures";
import { enroll, seedAssignment, seedClass, seedEmptySet } from "./support/quiz-fixtures";

async function seedClozeSet(ownerId: string) {
  const { setId, passage: p } = await seedEmptySet(ownerId, "Blanks");
  expect(p.text).toContain("regional lifeline");
  const qs = [
    {
      type: "CLOZE",
      prompt: "Fill the blank.",
      content: { before: "Recognition has shattered the regional", after: "that opposition groups relied upon." },
      key: { accepted: ["lifeline"] },
    },
    {
      type: "TRUE_FALSE",
      prompt: "Opposition groups relied on the region.",
      content: {},
      key: { correct: true },
    },
  ];
  for (const [i, q] of qs.entries()) {
    const id = `q${randomBytes(6).toString("hex")}`;
    await sql(
      `INSERT INTO "Question" (id, "setId", position, type, prompt, content, "answerKey", points, "updatedAt") VALUES ($1, $2, $3, $4::"QuestionType", $5, $6, $7, 1, now())`,
      [id, setId, i, q.type, q.prompt, JSON.stringify(q.content), JSON.stringify(q.key)],
    );
    await sql(`INSERT INTO "QuestionPassage" ("questionId", "passageId") VALUES ($1, $2)`, [id, p.id]);
  }
  return { setId };
}

test("the quiz shows each question beside its passage, a cloze's blank blanked; the instructor can hide them", async ({
  page,
  browser,
  instructor,
  student,
}) => {
  const cls = await seedClass(instructor.id);
  const set = await seedClozeSet(instructor.id);
  const a = await seedAssignment(cls.id, set.setId, { title: "Blanks check" });
  await enroll(cls.id, student.id);

  await signIn(page, student);
  await page.goto(`/assignments/${a.id}`);
  await page.getByRole("button", { name: "Start quiz" }).click();
  const cloze = page.getByRole("region", { name: "Fill the blank." });
  await expect(cloze.getByRole("group", { name: "Source passage" })).toContainText("regional ____ that");
  await expect(cloze.getByRole("group", { name: "Source passage" })).not.toContainText("lifeline");
  // The true/false question cites the same sentence: it is shown there too, with the cloze's answer blanked as
  // well, since both questions are on the one page.
  const tf = page.getByRole("region", { name: "Opposition groups relied on the region." });
  await expect(tf.getByRole("group", { name: "Source passage" })).toContainText("regional ____ that");
  await expect(tf.getByRole("group", { name: "Source passage" })).not.toContainText("lifeline");
  await expectNoA11yViolations(page);
  await page.screenshot({ path: test.info().outputPath("take-passages-laptop.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath("take-passages-phone.png"), fullPage: true });

  // The preview follows the same rule.
  const teacher = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  await signIn(teacher, instructor);
  await teacher.goto(`/sets/${set.setId}/preview`);
  await expect(
    teacher.getByRole("region", { name: "Fill the blank." }).getByRole("group", { name: "Source passage" }),
  ).toContainText("regional ____ that");

  // Hidden by the assignment's setting: no passage beside any question.
  await teacher.goto(`/assignments/${a.id}/edit`);
  const box = teacher.getByLabel("Show source passages while answering");
  await expect(box).toBeChecked();
  await box.uncheck();
  await teacher.getByRole("button", { name: "Save settings" }).click();
  await expect(teacher.getByText("Settings saved.")).toBeVisible();
  await expectNoA11yViolations(teacher);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Fill the blank." })).toBeVisible();
  await expect(page.getByRole("group", { name: "Source passage" })).toHaveCount(0);
});
