// "Where attention went" as the class uses it: the instructor turns reading time on, a student reads the essay on a
// phone (told so above the text), flags a passage as confusing and checks their own record; the instructor's report
// shows the reading heatmap with that student's time and a classmate who never opened the reading. With tracking
// off, the page sends nothing. The tracker's rules under a fake clock: an idle tab stops counting after a minute,
// a hidden one at once. Axe on every new screen; screenshots on a phone and a laptop.
import type { Browser, BrowserContextOptions, Page } from "@playwright/test";
import { createUser, expect, expectNoA11yViolations, signIn, sql, test, type TestUser } from "./support/fixtures";
import { enroll, seedAssignment, seedClass, seedSet } from "./support/quiz-fixtures";

const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const laptop: BrowserContextOptions = { viewport: { width: 1366, height: 900 } };

async function open(browser: Browser, user: TestUser, url: string, opts: BrowserContextOptions) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, ...opts });
  // The tracker's test hook: a batch every second instead of every 15 s.
  await context.addInitScript(() => {
    window.__attentionBatchMs = 1_000;
  });
  const page = await context.newPage();
  await signIn(page, user);
  await page.goto(url);
  return page;
}

/** Scrolls paragraph `n` of the reading page to the middle of the screen, as a reader's scrolling would. */
const show = (page: Page, n: number) =>
  page.locator(`p[id="p${n}"]`).evaluate((p) => p.scrollIntoView({ block: "center", behavior: "instant" }));

const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage });

/** The reading time stored for a student on one paragraph of the assignment (0 when none). */
async function storedMs(assignmentId: string, studentId: string, paragraph: number) {
  const [r] = await sql<{ ms: number }>(
    `SELECT t.ms FROM "ReadingTime" t JOIN "Passage" p ON p.id = t."passageId"
     WHERE t."assignmentId" = $1 AND t."studentId" = $2 AND p.paragraph = $3 AND p.sentence = 0`,
    [assignmentId, studentId, paragraph],
  );
  return r?.ms ?? 0;
}

test("reading time: off sends nothing; on, a student's reading reaches the instructor's reading heatmap and their own record", async ({
  browser,
  instructor,
  student,
}) => {
  test.setTimeout(300_000);
  const cy = await createUser("STUDENT", "Cy Never-Opened");
  const cls = await seedClass(instructor.id);
  await enroll(cls.id, student.id);
  await enroll(cls.id, cy.id);
  const { setId } = await seedSet(instructor.id, "Attention set");
  const { id: assignmentId } = await seedAssignment(cls.id, setId, { title: "Read the Moscow essay" });
  const [count] = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Passage" p JOIN "Essay" e ON e.id = p."essayId"
     WHERE e.slug = 'moscows-geopolitical-gamble' AND p.sentence = 0`,
  );
  const paragraphs = count!.n;

  // Off (the default): no notice, and reading the whole essay sends nothing, not even when the page is left.
  const ada = await open(browser, student, `/assignments/${assignmentId}/read`, phone);
  const sent: string[] = [];
  ada.on("request", (r) => {
    if (r.url().includes("/api/attention/")) sent.push(r.url());
  });
  await expect(ada.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(ada.getByTestId("attention-notice")).toHaveCount(0);
  await show(ada, paragraphs);
  await ada.goto(`/assignments/${assignmentId}/reading-record`);
  await expect(ada.getByText("Nothing is recorded about you for this assignment.")).toBeVisible();
  expect(sent).toEqual([]);
  expect(await sql(`SELECT 1 FROM "ReadingVisit" WHERE "assignmentId" = $1`, [assignmentId])).toEqual([]);

  // The instructor turns it on from the assignment page.
  const teacher = await open(browser, instructor, `/assignments/${assignmentId}`, laptop);
  const card = teacher.getByRole("region", { name: "Where attention went" });
  await expect(card.getByTestId("tracking-state")).toContainText("Off: nothing about reading is recorded.");
  await expectNoA11yViolations(teacher);
  await card.getByRole("button", { name: "Record reading time" }).click();
  await expect(card.getByTestId("tracking-state")).toContainText("On: the reading page records");
  await expect(card.getByRole("button", { name: "Stop recording reading time" })).toBeVisible();
  await shot(teacher, "attention-toggle-laptop");

  // The student, on the phone, is told above the essay what is recorded, and reads through to the end.
  await ada.goto(`/assignments/${assignmentId}/read`);
  const notice = ada.getByTestId("attention-notice");
  await expect(notice).toContainText(
    "the time each paragraph is on your screen, and whether you reached the end. Your teacher sees it.",
  );
  await expect(notice).toBeInViewport();
  await expectNoA11yViolations(ada);
  await shot(ada, "attention-notice-phone", false);
  await show(ada, 1);
  await expect.poll(() => storedMs(assignmentId, student.id, 1), { timeout: 20_000 }).toBeGreaterThan(0);
  for (let n = 2; n <= paragraphs; n++) {
    await show(ada, n);
    if (n === 2 || n === paragraphs)
      await expect.poll(() => storedMs(assignmentId, student.id, n), { timeout: 20_000 }).toBeGreaterThan(0);
  }
  await expect
    .poll(async () => {
      const rows = await sql(`SELECT 1 FROM "ReadingVisit" WHERE "assignmentId" = $1 AND "reachedEndAt" IS NOT NULL`, [
        assignmentId,
      ]);
      return rows.length;
    })
    .toBe(1);

  // They flag a sentence of ¶2 as confusing (an annotation: the report counts it beside the time).
  await show(ada, 2);
  await ada.locator(`p[id="p2"]`).evaluate((p) => {
    const t = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode()!;
    const range = document.createRange();
    range.setStart(t, 0);
    range.setEnd(t, Math.min(20, t.textContent!.length));
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  const sheet = ada.getByRole("region", { name: "Annotate the selected words" });
  await sheet.getByRole("button", { name: "I’m confused here" }).click();
  await sheet.getByRole("button", { name: "Save question" }).click();
  await expect(ada.getByRole("status").filter({ hasText: "Annotation added." })).toBeVisible();

  // Their own record, from the notice's link: the paragraphs' times and that they reached the end.
  await ada.getByRole("link", { name: "See what is recorded about you" }).click();
  await expect(ada.getByRole("heading", { name: "What is recorded about your reading", level: 1 })).toBeVisible();
  await expect(ada.getByTestId("reached-end")).toContainText("Yes");
  await expect(ada.getByTestId("total-time")).not.toHaveText("0 s");
  await expect(ada.getByRole("row", { name: /^¶1 / }).getByRole("cell")).not.toHaveText("0 s");
  await expectNoA11yViolations(ada);
  await shot(ada, "attention-record-phone");

  // The instructor's report: the reading heatmap with the student's time and flag, and Cy never opened it.
  await teacher.goto(`/assignments/${assignmentId}/report`);
  const section = teacher.getByRole("region", { name: "Where attention went" });
  await expect(section.getByTestId("attention-status")).toContainText("Reading time is recorded");
  await expect(section.getByTestId("reading-opened")).toHaveText("Opened by 1 student; 1 reached the end.");
  const row1 = section.getByTestId("reading-row-1");
  await expect(row1.getByRole("cell").first()).not.toHaveText("0 s");
  const row2 = section.getByTestId("reading-row-2");
  await expect(row2.getByRole("cell").nth(2)).toHaveText("1");
  await expect(row2.getByRole("cell").nth(3)).toHaveText("1");
  const never = section.getByRole("list", { name: /Never opened the reading/ });
  await expect(never.getByRole("listitem")).toHaveText(["Cy Never-Opened"]);
  await expectNoA11yViolations(teacher);
  // The essay is drawn once, in the passage heatmap; this section's link picks its reading-time layer.
  await section.getByRole("link", { name: "Shade the essay by reading time" }).click();
  await expect(teacher.getByRole("radio", { name: "Reading time" })).toBeChecked();
  await expect(teacher.locator("#heat-p1-s1")).toHaveAttribute("title", /^¶1: .+ in all, median /);
  await expect(teacher.locator('[id$="p1-s1"]')).toHaveCount(1);
  await expectNoA11yViolations(teacher);
  await shot(teacher, "attention-report-laptop");
  await section.screenshot({ path: test.info().outputPath("attention-report-section-laptop.png") });
  const teacherPhone = await open(browser, instructor, `/assignments/${assignmentId}/report`, phone);
  const phoneSection = teacherPhone.getByRole("region", { name: "Where attention went" });
  await expect(phoneSection.getByTestId("reading-row-1")).toBeVisible();
  await expectNoA11yViolations(teacherPhone);
  // On a phone the per-paragraph table comes before the shaded essay.
  await phoneSection.getByTestId("reading-row-1").scrollIntoViewIfNeeded();
  await shot(teacherPhone, "attention-report-table-phone", false);
});

test("reading time on a guided reading: the take page says so above the essay and records the open part", async ({
  browser,
  instructor,
  student,
}) => {
  test.setTimeout(180_000);
  const cls = await seedClass(instructor.id);
  await enroll(cls.id, student.id);
  const { setId } = await seedSet(instructor.id, "Guided attention set");
  const { id: assignmentId } = await seedAssignment(cls.id, setId, { title: "Guided with reading time" });
  await sql(`UPDATE "Assignment" SET "guidedReading" = true, "trackReading" = true WHERE id = $1`, [assignmentId]);

  const page = await open(browser, student, `/assignments/${assignmentId}`, phone);
  await page.getByRole("button", { name: "Start quiz" }).click();
  const notice = page.getByTestId("attention-notice");
  await expect(notice).toContainText("the time each paragraph is on your screen");
  await expect(page.locator("[data-attention-paragraph]").first()).toBeVisible();
  await shot(page, "attention-guided-phone", false);
  await page
    .locator("[data-attention-paragraph]")
    .first()
    .evaluate((p) => p.scrollIntoView({ block: "center" }));
  await expect.poll(() => storedMs(assignmentId, student.id, 1), { timeout: 20_000 }).toBeGreaterThan(0);
  await expectNoA11yViolations(page);
});

test("the tracker counts only recent, visible reading: an idle tab stops after a minute, a hidden one at once", async ({
  browser,
  instructor,
  student,
}) => {
  test.setTimeout(180_000);
  const cls = await seedClass(instructor.id);
  await enroll(cls.id, student.id);
  const { setId } = await seedSet(instructor.id, "Idle attention set");
  const { id: assignmentId } = await seedAssignment(cls.id, setId, { title: "Idle reading" });
  await sql(`UPDATE "Assignment" SET "trackReading" = true WHERE id = $1`, [assignmentId]);
  const [first] = await sql<{ id: string }>(
    `SELECT p.id FROM "Passage" p JOIN "Essay" e ON e.id = p."essayId"
     WHERE e.slug = 'moscows-geopolitical-gamble' AND p.paragraph = 1 AND p.sentence = 0`,
  );

  // Fake timers in the page (Playwright's clock): hours of "reading" pass in a moment. What the page claims is read
  // from its requests (the server would clamp fake hours to the real seconds anyway); a resent batch counts once.
  const page = await open(browser, student, "/dashboard", laptop);
  await page.clock.install();
  const claims = new Map<string, number>();
  let requests = 0;
  page.on("request", (r) => {
    if (!r.url().includes("/api/attention/")) return;
    requests++;
    // A beacon's body (a Blob) is not shown to Playwright: it is counted as a request only.
    const b = r.postDataJSON() as { clientId: string; seq: number; ms: Record<string, number> } | null;
    if (b) claims.set(`${b.clientId}:${b.seq}`, b.ms[first!.id] ?? 0);
  });
  const claimed = () => [...claims.values()].reduce((s, n) => s + n, 0);
  /** Lets page time pass a second at a time (each batch goes out once the previous one is answered) until the
   *  page has claimed at least `ms` in all. */
  const claimUntil = async (ms: number) => {
    await expect
      .poll(async () => {
        await page.clock.runFor(1_000);
        return claimed();
      })
      .toBeGreaterThanOrEqual(ms);
  };

  const loading = Date.now();
  await page.goto(`/assignments/${assignmentId}/read`);
  await expect(page.getByTestId("attention-notice")).toBeVisible();
  await expect.poll(() => requests).toBeGreaterThan(0); // the opening batch
  await show(page, 1); // scrolling is activity; then the reader walks away for five minutes
  // The page's clock runs at real speed until runFor: loading counts too (the page opening is activity).
  const loaded = Date.now() - loading;
  await page.clock.runFor(300_000);
  await claimUntil(58_000);
  await page.clock.runFor(120_000);
  await claimUntil(0);
  const idle = claimed();
  expect(idle, "an idle tab counts the last minute of activity, not five").toBeLessThanOrEqual(60_000 + loaded + 2_000);

  // Back, active again (a key press): time counts; then the tab is hidden (another app in front): a beacon, and
  // nothing after it.
  await page.keyboard.press("Shift");
  await claimUntil(idle + 8_000);
  const before = requests;
  await page.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
    document.dispatchEvent(new Event("visibilitychange"));
    window.dispatchEvent(new Event("scroll"));
  });
  await expect.poll(() => requests).toBeGreaterThan(before);
  const hidden = claimed();
  await page.clock.runFor(120_000);
  // Leaving the page is the fence: a batch sent while hidden would have been requested before it.
  await page.goto("/dashboard");
  expect(claimed(), "a hidden tab counts nothing").toBe(hidden);
});
