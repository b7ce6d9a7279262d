// The "one question per page" assignment option: set in the assignment form, then a student on a phone moves
// through the quiz with a question map; autosave and the single submit are the quiz's own.
import { expect, expectNoA11yViolations, signIn, sql, test } from "./support/fixtures";
import { enroll, seedClass, seedSet } from "./support/quiz-fixtures";

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

test("an instructor turns on one question per page; a student answers with the question map", async ({
  page,
  browser,
  instructor,
  student,
}) => {
  const cls = await seedClass(instructor.id);
  const set = await seedSet(instructor.id, "Paged reading check");
  await enroll(cls.id, student.id);

  await signIn(page, instructor);
  await page.goto(`/classes/${cls.id}/assignments/new`);
  await page.getByLabel("Question set").selectOption({ label: "Paged reading check (4 questions)" });
  await page.getByLabel("One question per page").check();
  if (process.env.SCREENSHOTS) {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: "test-results/assignment-form-laptop.png", fullPage: true });
  }
  await page.getByRole("button", { name: "Assign to class" }).click();
  await expect(page.getByText(/one question per page/)).toBeVisible();
  const [a] = await sql<{ id: string; onePerPage: boolean }>(
    `SELECT id, "onePerPage" FROM "Assignment" WHERE "setId" = $1`,
    [set.setId],
  );
  expect(a!.onePerPage).toBe(true);
  // The edit form shows the option as saved.
  await page.goto(`/assignments/${a!.id}/edit`);
  await expect(page.getByLabel("One question per page")).toBeChecked();

  const s = await (await browser.newContext(phone)).newPage();
  await signIn(s, student);
  await s.goto(`/assignments/${a!.id}`);
  await s.getByRole("button", { name: "Start quiz" }).click();
  const map = s.getByRole("navigation", { name: "Question map" });
  await expect(map.getByRole("button")).toHaveCount(4);
  await expect(map.getByRole("button", { name: "Question 1, not answered" })).toHaveAttribute("aria-current", "step");
  await expect(s.getByRole("heading", { name: "What did Russia do about the Taliban?" })).toBeVisible();
  await expect(s.getByRole("heading", { name: "Fill the blank." })).toHaveCount(0);
  await s.getByLabel("Formally recognised them").check();
  await expect(map.getByRole("button", { name: "Question 1, answered" })).toBeVisible();
  await s.getByRole("button", { name: "Next question →" }).click();
  await expect(s.getByRole("heading", { name: "The essay calls the recognition a regional lifeline." })).toBeFocused();
  await map.getByRole("button", { name: "Question 3, not answered" }).click();
  await s.getByLabel("Missing word or phrase").fill("Zanzibarword");
  await expect(s.getByTestId("save-status")).toHaveText(/Saved/);
  await expectNoA11yViolations(s);
  if (process.env.SCREENSHOTS) await s.screenshot({ path: "test-results/one-per-page-phone.png", fullPage: true });

  // Answers survive a reload (autosave), and the map says which are done.
  await s.reload();
  await expect(map.getByRole("button", { name: "Question 1, answered" })).toBeVisible();
  await expect(map.getByRole("button", { name: "Question 3, answered" })).toBeVisible();
  await expect(s.getByText("2 of 4 answered")).toBeVisible();
  await s.getByRole("button", { name: "Submit answers" }).click();
  await expect(s.getByRole("dialog")).toContainText("You have answered 2 of 4 questions.");
  await s.getByRole("dialog").getByRole("button", { name: "Submit now" }).click();
  await expect(s.getByText("Your answers were submitted.")).toBeVisible();
  expect(
    await sql(`SELECT 1 FROM "Attempt" WHERE "assignmentId" = $1 AND "submittedAt" IS NOT NULL`, [a!.id]),
  ).toHaveLength(1);
});
