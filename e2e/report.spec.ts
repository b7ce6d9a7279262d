import fs from "node:fs";
import Papa from "papaparse";
import { expect, expectNoA11yViolations, signIn, sql, test } from "./support/fixtures";
import { seedReport } from "./support/report-data";
import type { Page } from "@playwright/test";

async function downloadCsv(page: Page, linkName: string) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: linkName }).click(),
  ]);
  const text = fs.readFileSync((await download.path())!, "utf8");
  return {
    name: download.suggestedFilename(),
    text,
    rows: Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data,
  };
}

test("the instructor reads the assignment report, explores the passage heatmap and downloads the responses", async ({
  page,
  instructor,
}) => {
  const s = await seedReport(instructor);
  await signIn(page, instructor);
  await page.goto(`/assignments/${s.assignmentId}/report`);

  await expect(
    page.getByRole("heading", { level: 1, name: `Report: Quiz ${s.assignmentId.replace(/-asg$/, "")}` }),
  ).toBeVisible();
  await expect(page.getByTestId("completion")).toContainText("30 / 32");
  await expect(page.getByTestId("completion")).toContainText("94% of enrolled students submitted");
  // total marks per student are 6 questions; mean = (24+15+16.5+9+20+9)/30/6 = 51.9%
  await expect(page.getByTestId("mean")).toContainText("51.9%");
  // The charts are drawn in the page (no script to wait for): a bar per bin, its figure as its tooltip.
  await expect(
    page.getByRole("figure", { name: "Score distribution" }).locator('[data-chart-bar]:not([title$=": 0"])').first(),
  ).toBeVisible();
  await expect(
    page
      .getByRole("figure", { name: "Facility and discrimination per question" })
      .locator('[title="Q1 · Facility: 80%"]'),
  ).toBeVisible();
  // Q6's negative discrimination takes the value axis below zero
  await expect(
    page.getByRole("figure", { name: "Facility and discrimination per question" }).locator(".bc-y span").first(),
  ).toHaveText(/^-\d+$/);

  const q1 = page.getByTestId("question-row-1");
  await expect(q1.getByTestId("facility")).toContainText("80.0%");
  await expect(page.getByTestId("question-row-4").getByTestId("facility")).toContainText("30.0%");
  await expect(page.getByTestId("question-row-6")).toContainText("Negative discrimination");
  await expect(q1).not.toContainText("Negative discrimination");
  // distractor analysis
  await q1.getByText("Answers chosen (Q1)").click();
  await expect(q1.getByRole("row", { name: /Purely humanitarian ones/ })).toContainText("4 (13%)");
  // accessible table behind the chart
  await page.getByRole("figure", { name: "Score distribution" }).getByText("Show the data as a table").click();
  await expect(page.getByRole("figure", { name: "Score distribution" }).getByRole("table")).toBeVisible();
  await expectNoA11yViolations(page);

  // heatmap: the sentence cited by Q1 is shaded; clicking it lists Q1 and its wrong answers
  const sentence = page.locator("#heat-p2-s2");
  // three citation records touch ¶2 s2: two of the sentence itself, one of its whole paragraph
  await expect(sentence).toHaveAttribute(
    "title",
    "6 of 30 answers wrong (20%); 3 discussion citations, 0 answer citations",
  );
  await sentence.click();
  const detail = page.getByTestId("passage-detail");
  await expect(detail).toContainText("¶2 s2: 20% wrong");
  await expect(detail).toContainText("Q1. What kind of implications does the essay say recognition carries?");
  await expect(detail).toContainText("“Purely humanitarian ones” ×4");
  await expect(detail).toContainText("“Only symbolic ones” ×2");
  // keyboard path: the ranked list
  await page.getByRole("button", { name: /¶5 s2 70% wrong/ }).click();
  await expect(detail).toContainText("“iran” ×11");
  await expect(detail).toContainText("“india” ×10");
  await expectNoA11yViolations(page);

  // One drawing of the essay for both layers (it used to be drawn again for reading time): the switch works from the
  // keyboard, and picking a passage from the ranked list goes back to the wrong-answers layer.
  await expect(page.locator('[id$="p2-s2"]')).toHaveCount(1);
  await page.getByRole("radio", { name: "Wrong answers" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "Reading time" })).toBeChecked();
  await expect(page.getByRole("list", { name: "Reading time legend" })).toBeVisible();
  await expect(page.getByTestId("reading-layer-note")).toContainText("No reading time is recorded yet");
  await expect(sentence).not.toHaveAttribute("title");
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: /¶2 s2 20% wrong/ }).click();
  await expect(page.getByRole("radio", { name: "Wrong answers" })).toBeChecked();
  await expect(sentence).toHaveAttribute("title", /^6 of 30 answers wrong/);
  await expect(detail).toContainText("¶2 s2: 20% wrong");

  // responses CSV: one row per response, quoted, non-Latin intact, formulas neutralised
  const csv = await downloadCsv(page, "Download responses (CSV)");
  expect(csv.name).toMatch(/-responses\.csv$/);
  expect(csv.text.charCodeAt(0)).toBe(0xfeff);
  expect(csv.rows[0]).toEqual([
    "Student",
    "Email",
    "Attempt",
    "Submitted at",
    "Question",
    "Type",
    "Prompt",
    "Answer",
    "Score",
    "Out of",
    "Graded",
    "Feedback",
    "Cited passages",
  ]);
  expect(csv.rows).toHaveLength(1 + 30 * 6);
  const names = new Set(csv.rows.slice(1).map((r) => r[0]));
  expect(names).toContain(`O'Brien, "Ana"`);
  expect(names).toContain("Ахмад Шах");
  expect(names).toContain(`'=HYPERLINK("http://evil.example")`);
  expect(csv.text).toContain(`"O'Brien, ""Ana"""`);
  const ahmadQ6 = csv.rows.find((r) => r[0] === "Ахмад Шах" && r[4] === "6")!;
  expect(ahmadQ6.slice(7, 12)).toEqual(["They conflict", "0", "1", "automatically", "Close: re-read ¶4."]);
});

test("the instructor opens a student's attempt and the class report, and downloads the gradebook", async ({
  page,
  instructor,
}) => {
  const s = await seedReport(instructor);
  await signIn(page, instructor);
  await page.goto(`/assignments/${s.assignmentId}/report`);
  await expect(page.getByRole("heading", { name: "Students (30)" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Students pages" })).toContainText("Page 1 of 2");
  await page.getByRole("navigation", { name: "Students pages" }).getByRole("link", { name: "Next →" }).click();
  await expect(page.getByRole("navigation", { name: "Students pages" })).toContainText("Page 2 of 2");

  await page.goto(`/assignments/${s.assignmentId}/report/students/${s.students[1]!.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Ахмад Шах" })).toBeVisible();
  const q6 = page.getByRole("listitem").filter({ hasText: "Q6. How do U.S. and Russian strategies relate" });
  await expect(q6).toContainText("Answer: They conflict");
  await expect(q6).toContainText("Correct: They arrive at a similar place");
  await expect(q6).toContainText("0 / 1"); // one rounding rule (lib/grading/round-score.ts): was "0.00 / 1"
  await expect(q6).toContainText("Feedback: Close: re-read ¶4.");
  await expect(q6).toContainText("In this context, U.S. and Russian strategies in Afghanistan");
  await expectNoA11yViolations(page);

  await page.goto(`/classes/${s.classId}/report`);
  await expect(page.getByRole("heading", { level: 1, name: /Class report/ })).toBeVisible();
  const assignments = page.getByRole("table", { name: "Completion and scores per assignment" });
  const row = assignments.getByRole("row", { name: new RegExp(`Quiz ${s.assignmentId.replace(/-asg$/, "")}`) });
  await expect(row).toContainText("30 / 32 (94%)");
  await expect(row).toContainText("51.9%"); // mean
  await expect(row).toContainText("12 min"); // students took 5–24 minutes; the middle two of 30 took 12
  await expect(
    page
      .getByRole("figure", { name: "Students’ average score" })
      .locator('[data-chart-bar]:not([title$=": 0"])')
      .first(),
  ).toBeVisible();
  await expectNoA11yViolations(page);

  const csv = await downloadCsv(page, "Download gradebook (CSV)");
  expect(csv.rows[0]).toEqual(["Name", "Email", `Quiz ${s.assignmentId.replace(/-asg$/, "")} (out of 6)`]);
  expect(csv.rows).toHaveLength(1 + 32);
  const byEmail = new Map(csv.rows.slice(1).map((r) => [r[1], r]));
  expect(byEmail.get(s.students[0]!.email)).toEqual([`O'Brien, "Ana"`, s.students[0]!.email, "5"]); // all right but Q6
  expect(byEmail.get(s.students[2]!.email)![0]).toBe(`'=HYPERLINK("http://evil.example")`);
  expect(byEmail.get(s.students[31]!.email)![2]).toBe(""); // enrolled, never submitted

  // from the gradebook to a student's attempt
  await page.getByRole("link", { name: /^5: open Ахмад Шах’s attempt/ }).click(); // was "5.0"
  await expect(page.getByRole("heading", { level: 1, name: "Ахмад Шах" })).toBeVisible();
});

test("nobody but the class's instructor can open its reports or exports", async ({ page, instructor, student }) => {
  const s = await seedReport(instructor);
  await signIn(page, student);
  for (const path of [
    `/assignments/${s.assignmentId}/report`,
    `/classes/${s.classId}/report`,
    `/assignments/${s.assignmentId}/report/students/${s.students[0]!.id}`,
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  }
  await expectNoA11yViolations(page);
  expect((await page.request.get(`/classes/${s.classId}/gradebook.csv`)).status()).toBe(404);
  expect((await page.request.get(`/assignments/${s.assignmentId}/responses.csv`)).status()).toBe(404);
});

test("on a phone, tapping a shaded sentence brings its questions into view", async ({ page, instructor }) => {
  const s = await seedReport(instructor);
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, instructor);
  await page.goto(`/assignments/${s.assignmentId}/report`);
  // The charts' slanted axis labels ("10–12 min") stay above the "Show the data as a table" line under them.
  for (const name of ["Score distribution", "Time taken", "Facility and discrimination per question"]) {
    const figure = page.getByRole("figure", { name });
    const summary = (await figure.locator("summary").boundingBox())!;
    const lowest = await figure
      .locator("[data-chart-label]")
      .evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().bottom + window.scrollY)));
    expect(lowest, `${name}: labels end above the table link`).toBeLessThanOrEqual(summary.y + 1);
  }
  await page.locator("#heat-p5-s2").click();
  const detail = page.getByTestId("passage-detail");
  await expect(detail).toContainText("¶5 s2: 70% wrong");
  await expect(detail).toBeInViewport();
  await expectNoA11yViolations(page);
});

test("on a laptop the item table fits and every axis label shows; a tiny class gets no verdicts, ungraded reads pending", async ({
  page,
  instructor,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  const big = await seedReport(instructor);
  await signIn(page, instructor);
  await page.goto(`/assignments/${big.assignmentId}/report`);
  const table = page.getByRole("table", { name: "Item analysis per question" });
  await expect(table).toBeVisible();
  // the wrapper scrolls sideways only if the table is wider than it: the "Check" column used to be clipped
  const overflow = await table.evaluate((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // ten score bins, ten labels (recharts' default interval showed every other one)
  const ticks = page.getByRole("figure", { name: "Score distribution" }).locator("[data-chart-label]");
  await expect(ticks).toHaveCount(10);
  if (process.env.TEACHER_SCREENSHOTS)
    await page.screenshot({ path: "test-results/report-laptop.png", fullPage: true });

  // Two submissions, one answer of Q1 not graded yet.
  const tiny = await seedReport(instructor, { students: 2 });
  await sql(`UPDATE "Response" SET "autoScore" = NULL WHERE id = $1`, [`${tiny.students[0]!.id}-a1-r0`]);
  await page.goto(`/assignments/${tiny.assignmentId}/report`);
  await expect(page.getByTestId("cic")).toContainText("Too few attempts");
  await expect(page.getByText(/Only 2 attempts: below 10/).first()).toBeVisible();
  const rows = page.getByRole("table", { name: "Item analysis per question" }).locator("tbody > tr[data-testid]");
  await expect(rows).toHaveCount(6);
  for (const verdict of ["Negative", "Very good", "Very weak", "Adequate", "Weak"])
    await expect(page.getByTestId("discrimination").getByText(verdict, { exact: true })).toHaveCount(0);
  const q1 = page.getByTestId("question-row-1");
  await expect(q1.getByTestId("facility")).toContainText("Pending");
  await expect(q1.getByTestId("facility")).not.toContainText("Extremely hard");
  await expect(q1).toContainText("1 answer awaits grading");
  await expect(q1).not.toContainText("No problems found");
  await expect(page.getByText("1 answer still awaits grading; it counts as 0 until graded.")).toBeVisible();
  // nothing below zero to show (too few attempts for a discrimination): the axis starts at 0, not half empty at -100
  await expect(
    page.getByRole("figure", { name: "Facility and discrimination per question" }).locator(".bc-y span").first(),
  ).toHaveText("0");
  await expectNoA11yViolations(page);
  if (process.env.TEACHER_SCREENSHOTS) {
    await page.screenshot({ path: "test-results/report-small-laptop.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/report-small-phone.png", fullPage: true });
  }
});
