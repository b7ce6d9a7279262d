// A live session the instructor ends early is scored on the questions that were asked: the student's score,
// the class average and the assignment report leave out the questions never played (issue 15, item 7).
import { seedLiveAssignment } from "../tests/fixtures/live-data";
import { expect, expectNoA11yViolations, signIn, sql, test } from "./support/fixtures";

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

test("a live session ended after one of three questions scores that question only", async ({
  page,
  browser,
  instructor,
  student,
}) => {
  const fx = await seedLiveAssignment((text, params) => sql(text, params), {
    instructorId: instructor.id,
    studentIds: [student.id],
    title: "Cut short",
  });
  const [q1, q2] = fx.questions as [(typeof fx.questions)[0], (typeof fx.questions)[0]];
  await signIn(page, instructor);
  await page.goto(`/assignments/${fx.assignmentId}/live`);
  await page.getByRole("button", { name: "Start live session" }).click();
  await page.waitForURL(/\/live\/[^/]+\/present$/);
  const sessionId = page.url().split("/").at(-2)!;

  const s = await (await browser.newContext(phone)).newPage();
  await signIn(s, student);
  await s.goto(`/live/${sessionId}`);
  await expect(s.getByRole("heading", { name: "You’re in!" })).toBeVisible();
  await page.getByRole("button", { name: /Start first question/ }).click();
  await s.getByLabel(q1.correctLabel, { exact: true }).check();
  await s.getByRole("button", { name: "Submit answer" }).click();
  await expect(s.getByText("Answer received.")).toBeVisible();

  await page.getByRole("button", { name: "End session" }).click();
  await page.getByRole("button", { name: "Yes, end session" }).click();
  await expect(page.getByRole("heading", { name: "Session summary" })).toBeVisible();
  const summary = page.getByRole("table", { name: "Results per question" });
  await expect(summary.getByRole("row").filter({ hasText: q1.prompt })).toBeVisible();
  await expect(summary.getByRole("row").filter({ hasText: q2.prompt })).toHaveCount(0);
  await expect(page.getByText("Class average").locator("..")).toContainText("100%");
  await expect(s.getByText("Your score: 1 of 1")).toBeVisible();
  await expectNoA11yViolations(s);
  await s.screenshot({ path: test.info().outputPath("live-ended-early-phone.png") });

  const [attempt] = await sql<{ score: number; maxScore: number }>(
    `SELECT score, "maxScore" FROM "Attempt" WHERE "assignmentId" = $1`,
    [fx.assignmentId],
  );
  expect(attempt).toEqual({ score: 1, maxScore: 1 });

  await page.goto(`/assignments/${fx.assignmentId}/report`);
  await expect(page.getByTestId("question-row-1")).toBeVisible();
  await expect(page.getByTestId("question-row-2")).toHaveCount(0);
  await expect(page.getByTestId("mean")).toContainText("100");
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: test.info().outputPath("live-report-laptop.png"), fullPage: true });
});
