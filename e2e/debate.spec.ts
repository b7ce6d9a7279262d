// A debate prompt end to end: two students take opposite sides from the debate view, citing the essays;
// the columns, the evidence map and the instructor's summary fill in; a reply rebuts across sides.
import type { Browser, Page } from "@playwright/test";
import { createUser, expect, expectNoA11yViolations, signIn, test, type TestUser } from "./support/fixtures";
import { passage, seedAssignment, submitAnswer } from "./support/discussion-data";

const stances = {
  stances: [
    { id: "engage", text: "Engage the Taliban" },
    { id: "isolate", text: "Keep them isolated" },
  ],
  minCitations: 1,
};

async function open(
  browser: Browser,
  user: TestUser,
  url: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const page = await (await browser.newContext(viewport ? { viewport } : {})).newPage();
  await signIn(page, user);
  await page.goto(url);
  return page;
}

test("a debate prompt fills both columns and the evidence map", async ({ browser, instructor, student }) => {
  const rival = await createUser("STUDENT", "Rae Novak");
  const engage = await passage("russia-taliban-engagement", 2, 5);
  const risk = await passage("moscows-geopolitical-gamble", 2, 1);
  const a = await seedAssignment({
    instructor,
    students: [student, rival],
    type: "DEBATE",
    prompt: "Should Russia recognise the Taliban?",
    content: stances,
    cites: [engage, risk],
  });

  const pro = await open(browser, student, `${a.url}/debate`);
  await expect(pro.getByRole("heading", { name: "Take a side" })).toBeVisible();
  await expect(pro.getByText("Submit your own answers first")).toBeVisible();
  await expectNoA11yViolations(pro);
  // Evidence is required.
  await pro.getByLabel("Engage the Taliban").check();
  await pro.getByLabel("Your argument").fill("Engagement manages the security risks at the border.");
  await pro.getByRole("button", { name: "Post my stance" }).click();
  await expect(pro.getByRole("alert").filter({ hasText: "Cite at least 1 passage" })).toBeVisible();
  await pro
    .getByRole("checkbox", { name: new RegExp(engage.text.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })
    .check();
  await pro.getByRole("button", { name: "Post my stance" }).click();
  const proColumn = pro.getByRole("region", { name: /Engage the Taliban/ });
  await expect(proColumn.getByTestId("stance-count")).toHaveText("1 student");
  await expect(pro.getByRole("heading", { name: "Take a side" })).toHaveCount(0);

  const con = await open(browser, rival, `${a.url}/debate`);
  await con.getByLabel("Keep them isolated").check();
  await con.getByLabel("Your argument").fill("Recognition rewards repression and invites risk.");
  await con
    .getByRole("checkbox", { name: new RegExp(risk.text.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })
    .check();
  await con
    .getByRole("checkbox", { name: new RegExp(engage.text.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })
    .check();
  await con.getByRole("button", { name: "Post my stance" }).click();
  await expect(con.getByRole("region", { name: /Keep them isolated/ }).getByTestId("stance-count")).toHaveText(
    "1 student",
  );
  await expect(con.getByRole("region", { name: /Engage the Taliban/ }).getByTestId("stance-count")).toHaveText(
    "1 student",
  );

  // The rival rebuts across sides.
  await con.getByRole("button", { name: `Reply to ${student.name}` }).click();
  await con.getByLabel(`Reply to ${student.name}`).fill("Managing risk is not the same as recognition.");
  await con.getByRole("button", { name: "Post reply" }).click();
  await expect(con.getByText("Rebuttal from “Keep them isolated”")).toBeVisible();

  // Evidence map: the shared passage is tinted violet (both sides), the other one by its side; the table agrees.
  const shared = con.locator(`[data-passage-id="${engage.id}"][data-start]`);
  await expect(shared).toHaveAttribute("title", "Cited 1× by “Engage the Taliban”, 1× by “Keep them isolated”");
  await expect(shared).toHaveCSS("background-color", /rgba\(139, 92, 246/);
  const table = con.getByRole("table", { name: "Passages cited by each side" });
  await expect(table.getByRole("row", { name: /¶2 s5/ }).getByRole("cell")).toHaveText(["1", "1"]);
  await expectNoA11yViolations(con);
});

test("the instructor sees the class summary; the debate view works on a phone", async ({
  browser,
  instructor,
  student,
}) => {
  const rival = await createUser("STUDENT", "Rae Novak");
  const engage = await passage("russia-taliban-engagement", 2, 5);
  const risk = await passage("moscows-geopolitical-gamble", 2, 1);
  const a = await seedAssignment({
    instructor,
    students: [student, rival],
    type: "DEBATE",
    prompt: "Should Russia recognise the Taliban?",
    content: stances,
    cites: [engage, risk],
  });
  await submitAnswer(
    a,
    student,
    { stanceId: "engage", text: "Engagement manages the risks.", citations: [{ passageId: engage.id }] },
    [engage.id],
  );
  await submitAnswer(
    a,
    rival,
    {
      stanceId: "isolate",
      text: "Recognition rewards repression.",
      citations: [{ passageId: risk.id }, { passageId: engage.id }],
    },
    [risk.id, engage.id],
  );

  const teacher = await open(browser, instructor, `${a.url}/debate`);
  await expect(teacher.getByRole("heading", { name: "Class summary" })).toBeVisible();
  await expect(teacher.getByText("2 students have taken a side.")).toBeVisible();
  await expect(teacher.getByText("Engage the Taliban: 1 (50%)")).toBeVisible();
  await expect(teacher.getByRole("heading", { name: "Take a side" })).toHaveCount(0);
  await expectNoA11yViolations(teacher);

  const phone = await open(browser, rival, `${a.url}/debate`, { width: 390, height: 844 });
  await expect(phone.getByRole("heading", { name: "Evidence map" })).toBeVisible();
  await expect(phone.getByText("Recognition rewards repression.")).toBeVisible();
  expect(
    await phone.evaluate(() => document.documentElement.scrollWidth),
    "no sideways scrolling on a phone",
  ).toBeLessThanOrEqual(390);
  await expectNoA11yViolations(phone);
  if (process.env.DISCUSSION_SCREENSHOTS) {
    await teacher.screenshot({ path: "test-results/debate-desktop.png" });
    await phone.screenshot({ path: "test-results/debate-phone.png", fullPage: true });
  }
});
