// After a form that leads to another page (save settings, create an assignment), the new page opens at its top
// with its title below the sticky header. It used to open ~90 px down: the html element's smooth scrolling
// turned Next's reset to the top into an animation, and Next then scrolled the new page's first element under
// the header (fixed once, in app/layout.tsx, for every form).
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./support/fixtures";
import { seedAssignment, seedClass, seedSet } from "./support/quiz-fixtures";

async function expectAtTop(page: Page) {
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  const header = (await page.locator("body > header").boundingBox())!;
  const title = (await page.getByRole("heading", { level: 1 }).boundingBox())!;
  expect(title.y).toBeGreaterThanOrEqual(header.y + header.height);
}

test("pages open at their top after saving settings and after creating an assignment", async ({ page, instructor }) => {
  await page.setViewportSize({ width: 1366, height: 700 });
  const cls = await seedClass(instructor.id);
  const set = await seedSet(instructor.id, "Scroll check set");
  const a = await seedAssignment(cls.id, set.setId, { title: "Scroll check" });
  await signIn(page, instructor);

  await page.goto(`/assignments/${a.id}/edit`);
  await page.getByRole("button", { name: "Save settings" }).click(); // Playwright scrolls down to the button
  await page.waitForURL(/updated=1/);
  await expect(page.getByRole("heading", { level: 1, name: "Scroll check" })).toBeVisible();
  await expectAtTop(page);

  await page.goto(`/classes/${cls.id}/assignments/new`);
  await page.getByLabel("Question set").selectOption(set.setId);
  await page.getByLabel("Title (optional)").fill("Scroll check two");
  await page.getByRole("button", { name: "Assign to class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Scroll check two" })).toBeVisible();
  await expectAtTop(page);
});
