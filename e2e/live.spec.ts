// Live classroom mode: the instructor projects the session, two students play on phones, one reloads
// mid-question and keeps the answer; answers end up as graded, submitted attempts.
import type { Browser, Page } from "@playwright/test";
import { seedLiveAssignment } from "../tests/fixtures/live-data";
import { createUser, expect, expectNoA11yViolations, signIn, sql, test, type TestUser } from "./support/fixtures";

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const query = (text: string, params?: unknown[]) => sql(text, params);

async function phoneFor(browser: Browser, user: TestUser): Promise<Page> {
  const page = await (await browser.newContext(phone)).newPage();
  await signIn(page, user);
  return page;
}

async function answer(page: Page, label: string) {
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole("button", { name: /Submit answer|Change my answer/ }).click();
  await expect(page.getByText("Answer received.")).toBeVisible();
}

async function startSession(page: Page, assignmentId: string, timer = "1 minute") {
  await page.goto(`/assignments/${assignmentId}/live`);
  await page.getByLabel("Time to answer each question").selectOption({ label: timer });
  await page.getByRole("button", { name: "Start live session" }).click();
  await page.waitForURL(/\/live\/[^/]+\/present$/);
  const code = (await page.getByLabel(/^Join code/).getAttribute("aria-label"))!.replace(/\D/g, "");
  expect(code).toHaveLength(6);
  return { code, sessionId: page.url().split("/").at(-2)! };
}

test("an instructor and two students play three questions live", async ({ page, instructor, browser }) => {
  test.setTimeout(120_000); // three browser contexts, three questions and six axe scans in one story
  const [amy, ben] = [await createUser("STUDENT", "Amy Live"), await createUser("STUDENT", "Ben Live")];
  const fx = await seedLiveAssignment(query, {
    instructorId: instructor.id,
    studentIds: [amy.id, ben.id],
    title: "Live quiz",
  });
  const [q1, q2, q3] = fx.questions as [(typeof fx.questions)[0], (typeof fx.questions)[0], (typeof fx.questions)[0]];

  await signIn(page, instructor);
  await page.goto(`/assignments/${fx.assignmentId}/live`);
  await expect(page.getByRole("heading", { name: "Run live: Live quiz" })).toBeVisible();
  await expectNoA11yViolations(page);
  const { code } = await startSession(page, fx.assignmentId);
  await expect(page.getByRole("img", { name: /QR code linking to .*\/live\?code=\d{6}/ })).toBeVisible();
  await expect(page.getByText("Waiting for students…")).toBeVisible();
  await expectNoA11yViolations(page);

  // Amy types the code; Ben arrives through the QR code's link.
  const a = await phoneFor(browser, amy);
  await a.goto("/live");
  await expect(a.getByRole("link", { name: "Join Live quiz" })).toBeVisible(); // one tap, for those who prefer
  await expectNoA11yViolations(a);
  await a.getByLabel("Join code").fill(`${code.slice(0, 3)} ${code.slice(3)}`);
  await a.getByRole("button", { name: "Join" }).click();
  await expect(a.getByRole("heading", { name: "You’re in!" })).toBeVisible();
  await expectNoA11yViolations(a);
  const b = await phoneFor(browser, ben);
  await b.goto(`/live?code=${code}`);
  await expect(b.getByRole("heading", { name: "You’re in!" })).toBeVisible();
  await expect(b.getByText("2 students in the lobby")).toBeVisible();
  await expect(page.getByText("2 students have joined")).toBeVisible();

  // Question 1: the passage is shown, answers arrive on the projector as bars with counts.
  await page.getByRole("button", { name: /Start first question/ }).click();
  for (const p of [page, a, b]) await expect(p.getByRole("heading", { name: q1.prompt })).toBeVisible();
  // Its passage quotes the correct choice ("a diplomatic gesture"): withheld while answering (issue 15, item 5).
  await expect(a.getByRole("region", { name: "Source passage" })).toHaveCount(0);
  await expect(a.getByRole("timer")).toBeVisible();
  await expectNoA11yViolations(a);
  await answer(a, q1.correctLabel);
  await expect(page.getByText("1 of 2 answered")).toBeVisible();
  await answer(b, q1.wrongLabel);
  await expect(page.getByText("2 of 2 answered")).toBeVisible();
  const bars = page.getByRole("region", { name: "Answers so far" });
  // every choice's label whole on the projector, the long one included (it was cut off with an ellipsis)
  const long = bars.getByText(/^A trade agreement opening Central Asian markets/);
  await expect(long).toBeVisible();
  expect(await long.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight)).toBe(
    true,
  );
  await expect(bars.getByRole("listitem").filter({ hasText: q1.correctLabel })).toContainText("1 (50%)");
  await expect(bars.getByRole("listitem").filter({ hasText: q1.wrongLabel })).toContainText("1 (50%)");
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: /Reveal answer/ }).click();
  await expect(bars.getByRole("listitem").filter({ hasText: q1.correctLabel })).toContainText("(correct)");
  await expect(a.getByText("Correct!")).toBeVisible();
  await expect(b.getByText("Not quite.")).toBeVisible();
  await expect(b.getByText(`Answer: ${q1.correctLabel}`)).toBeVisible();
  await expectNoA11yViolations(b);

  // Question 2 (keyboard-driven host): Amy reloads mid-question and still has her answer.
  await page.keyboard.press("n");
  await expect(a.getByRole("heading", { name: q2.prompt })).toBeVisible();
  await expect(a.getByRole("region", { name: "Source passage" })).toContainText(q2.passageText);
  await answer(a, q2.correctLabel);
  await a.reload();
  await expect(a.getByRole("heading", { name: q2.prompt })).toBeVisible();
  await expect(a.getByLabel(q2.correctLabel, { exact: true })).toBeChecked();
  await expect(a.getByText("Answer received.")).toBeVisible();
  await answer(b, q2.correctLabel);
  await expect(page.getByText("2 of 2 answered")).toBeVisible();
  await page.keyboard.press("r");
  await expect(a.getByText("Correct!")).toBeVisible();
  await expect(b.getByText("Correct!")).toBeVisible();

  // Question 3, then the summary.
  await page.getByRole("button", { name: /Next question/ }).click();
  await answer(a, q3.correctLabel);
  await answer(b, q3.wrongLabel);
  await expect(page.getByText("2 of 2 answered")).toBeVisible();
  await page.getByRole("button", { name: /Reveal answer/ }).click();
  await page.getByRole("button", { name: /Finish and show summary/ }).click();
  await expect(page.getByRole("heading", { name: "Session summary" })).toBeVisible();
  const rows = page.getByRole("table", { name: "Results per question" }).getByRole("row");
  await expect(rows.filter({ hasText: q1.prompt }).getByRole("cell")).toHaveText(["1", q1.prompt, "2", "1", "50%"]);
  await expectNoA11yViolations(page);
  await expect(a.getByText("Your score: 3 of 3")).toBeVisible();
  await expect(b.getByText("Your score: 1 of 3")).toBeVisible();
  await expectNoA11yViolations(a);

  // Stored as ordinary, graded, submitted attempts.
  const attempts = await sql<{ studentId: string; score: number; submitted: boolean; responses: number }>(
    `SELECT a."studentId", a.score, a."submittedAt" IS NOT NULL AS submitted, (SELECT count(*)::int FROM "Response" r WHERE r."attemptId" = a.id) AS responses
     FROM "Attempt" a WHERE a."assignmentId" = $1 ORDER BY a.score DESC`,
    [fx.assignmentId],
  );
  expect(attempts).toEqual([
    { studentId: amy.id, score: 3, submitted: true, responses: 3 },
    { studentId: ben.id, score: 1, submitted: true, responses: 3 },
  ]);
});

test("a student outside the class is told why they cannot join", async ({ page, instructor, student, browser }) => {
  const fx = await seedLiveAssignment(query, { instructorId: instructor.id, studentIds: [] });
  await signIn(page, instructor);
  const { code, sessionId } = await startSession(page, fx.assignmentId);
  const s = await phoneFor(browser, student);
  await s.goto("/live");
  await s.getByLabel("Join code").fill(code);
  await s.getByRole("button", { name: "Join" }).click();
  await expect(
    s.getByRole("alert").filter({ hasText: "You are not enrolled in the class running this live session" }),
  ).toBeVisible();
  await s.goto(`/live/${sessionId}`);
  await expect(s.getByRole("heading", { name: "You can’t join this session" })).toBeVisible();
  await expectNoA11yViolations(s);
  await s.goto("/live");
  await s.getByLabel("Join code").fill("000 00");
  await s.getByRole("button", { name: "Join" }).click();
  await expect(s.getByText("Enter the six digits shown on the screen")).toBeVisible();
  // Nothing typed: the app's own message under the field, as on every other form (not the browser's bubble,
  // which sent nothing and said "Please fill out this field").
  await s.goto("/live");
  await expect(s.getByText("Enter the six digits shown on the screen")).toHaveCount(0);
  await s.getByRole("button", { name: "Join" }).click();
  await expect(s.getByText("Enter the six digits shown on the screen")).toBeVisible();
  await expect(s.getByLabel("Join code")).toHaveAttribute("aria-invalid", "true");
  // the class's code typed here instead: said so, with where it goes
  await s.getByLabel("Join code").fill("DEMO42");
  await s.getByRole("button", { name: "Join" }).click();
  await expect(s.getByText("That looks like a class code. To join the class, use Join a class")).toBeVisible();
});

test("an answer after the timer is refused with a message", async ({ page, instructor, student, browser }) => {
  const fx = await seedLiveAssignment(query, { instructorId: instructor.id, studentIds: [student.id] });
  await signIn(page, instructor);
  const { sessionId } = await startSession(page, fx.assignmentId, "10 seconds");
  const s = await phoneFor(browser, student);
  await s.goto(`/live/${sessionId}`);
  await expect(s.getByRole("heading", { name: "You’re in!" })).toBeVisible();
  await page.getByRole("button", { name: /Start first question/ }).click();
  await expect(s.getByRole("heading", { name: fx.questions[0]!.prompt })).toBeVisible();
  // The clock on the server has run out (as if the student waited); the phone still shows the form.
  await sql(`UPDATE "LiveSession" SET "questionStartedAt" = now() - interval '1 minute' WHERE id = $1`, [sessionId]);
  await s.getByLabel(fx.questions[0]!.correctLabel, { exact: true }).check();
  await s.getByRole("button", { name: "Submit answer" }).click();
  await expect(s.getByRole("alert").filter({ hasText: "Time is up for this question" })).toBeVisible();
  const [row] = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Response" r JOIN "Attempt" a ON a.id = r."attemptId" WHERE a."assignmentId" = $1`,
    [fx.assignmentId],
  );
  expect(row!.n).toBe(0);
});
