import { expect, signIn, test } from "./fixtures";
import { enroll, seedAssignment, seedClass, seedSet } from "./quiz-fixtures";

test("screens", async ({ page, browser, instructor, student }) => {
  const cls = await seedClass(instructor.id, "Global Politics 101");
  const set = await seedSet(instructor.id);
  const a = await seedAssignment(cls.id, set.setId, { title: "Reading check 1", closesAt: new Date(Date.now() + 86400000 * 3) });
  await seedAssignment(cls.id, set.setId, { title: "Reading check 2" });
  await enroll(cls.id, student.id);
  await signIn(page, student);
  const shot = async (p: typeof page, name: string) => {
    for (const [w, h, tag] of [[1280, 900, "desk"], [390, 844, "phone"]] as const) {
      await p.setViewportSize({ width: w, height: h });
      await p.screenshot({ path: `/tmp/quizshots/${name}-${tag}.png`, fullPage: true });
    }
    await p.setViewportSize({ width: 1280, height: 900 });
  };
  await shot(page, "dash-student");
  await page.goto(`/assignments/${a.id}`);
  await shot(page, "assignment-start");
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.getByLabel("Formally recognised them").check();
  await page.getByRole("textbox", { name: "Your answer" }).fill("Because of leverage and security.");
  await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
  await shot(page, "take");
  await page.getByRole("button", { name: "Submit answers" }).click();
  await page.screenshot({ path: `/tmp/quizshots/confirm.png` });
  await page.getByRole("button", { name: "Submit now" }).click();
  await expect(page.getByTestId("attempt-score")).toBeVisible();
  await shot(page, "result");
  const t = await (await browser.newContext()).newPage();
  await signIn(t, instructor);
  await shot(t, "dash-instructor");
  await t.goto(`/classes/${cls.id}`);
  await shot(t, "class");
  await t.goto(`/assignments/${a.id}`);
  await shot(t, "assignment-instructor");
  await t.goto(`/assignments/${a.id}/grade`);
  await shot(t, "grade");
  await t.goto(`/classes/${cls.id}/assignments/new`);
  await shot(t, "new-assignment");
});
