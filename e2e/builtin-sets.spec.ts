import { expect, expectNoA11yViolations, signIn, test } from "./support/fixtures";

const SETS = [
  { title: "Russia’s Engagement with the Taliban: reading check", questions: 20 },
  { title: "Moscow’s Geopolitical Gamble: reading check", questions: 17 },
  { title: "Comparing the two essays", questions: 14 },
  { title: "Debate prompts", questions: 5 },
];

test("an instructor finds the built-in sets and every comparison question cites passages", async ({
  page,
  instructor,
}) => {
  await signIn(page, instructor);
  await page.goto("/sets");
  for (const s of SETS) {
    const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: s.title, exact: true }) });
    await expect(card).toContainText(`${s.questions} questions`);
    await expect(card).toContainText("Built-in · read-only");
  }

  await page.getByRole("link", { name: "View Comparing the two essays", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Comparing the two essays" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Questions (14)" })).toBeVisible();
  await expect(page.getByText(/^Cites ¶/)).toHaveCount(14);
  await expect(page.getByText("Engagement or isolation: which essay argues this?")).toBeVisible();
  await expect(
    page.getByText("Mineral wealth, who profits: which passage, from either essay, supports this claim?"),
  ).toBeVisible();
  await expectNoA11yViolations(page);
});

test("the debate prompts read well as a student sees them, on a phone too", async ({ page, instructor }) => {
  // Each debate answer lists every passage of both essays to cite: a large page that axe scans slowly.
  test.slow();
  await signIn(page, instructor);
  await page.goto("/sets");
  await page.getByRole("link", { name: "Preview Debate prompts", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Preview: Debate prompts" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(5);
  const first = page.getByRole("region", {
    name: "Should Russia have formally recognised the Taliban government? Take a side and support it with at least two passages, ideally one from each essay.",
  });
  await expect(first.getByRole("radio", { name: "Yes: engagement manages real security risks" })).toBeVisible();
  await expect(first.getByRole("radio", { name: "No: recognition entrenches an illegitimate regime" })).toBeVisible();
  const tajik = page.getByRole("region", { name: /You advise the government of Tajikistan/ });
  await expect(tajik.getByRole("radio")).toHaveCount(3);

  await page.setViewportSize({ width: 390, height: 844 });
  await first.getByRole("radio", { name: "No: recognition entrenches an illegitimate regime" }).check();
  await expect(first.getByRole("radio", { name: "No: recognition entrenches an illegitimate regime" })).toBeChecked();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoA11yViolations(page);
});
