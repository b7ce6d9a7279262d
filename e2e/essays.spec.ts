import { expect, expectNoA11yViolations, test } from "./support/fixtures";

test("the essays page lists both built-in readings with their sources", async ({ page }) => {
  await page.goto("/essays");
  await expect(page.getByRole("link", { name: "Moscow’s Geopolitical Gamble on the Taliban" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Russia’s Engagement with the Taliban" })).toBeVisible();
  await expect(page.getByText("Bahar Mehr, Writer and Political Activist. · AISS")).toBeVisible();
  await expect(page.getByText("Untitled in the source")).toBeVisible();
  await expectNoA11yViolations(page);
});

test("an essay renders numbered paragraphs verbatim and the publisher's notice apart", async ({ page }) => {
  await page.goto("/essays");
  await page.getByRole("link", { name: "Moscow’s Geopolitical Gamble on the Taliban" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Moscow’s Geopolitical Gamble on the Taliban" }),
  ).toBeVisible();
  for (let p = 1; p <= 8; p++) await expect(page.getByRole("link", { name: `Link to paragraph ${p}` })).toBeVisible();
  await expect(page.locator("#p1")).toContainText(
    "Russia’s decision to formally recognize the Taliban has shattered the regional lifeline",
  );
  await expect(page.getByText("Publisher’s notice (not part of the essay)")).toBeVisible();
  await expectNoA11yViolations(page);
});

test("a sentence link scrolls to the passage and highlights it", async ({ page }) => {
  await page.goto("/essays/moscows-geopolitical-gamble#p4-s4");
  const sentence = page.locator("#p4-s4");
  await expect(sentence).toHaveText(/^In this context, U\.S\. and Russian strategies in Afghanistan/);
  await expect(sentence).toHaveAttribute("data-active", "true");
  await expect(sentence).toBeInViewport();
  await expect(sentence).toHaveCSS("background-color", "rgb(253, 230, 138)");
  // Another passage is not highlighted.
  await expect(page.locator("#p4-s3")).not.toHaveAttribute("data-active", "true");
  await expectNoA11yViolations(page);
});

test("clicking a paragraph number highlights that paragraph", async ({ page }) => {
  await page.goto("/essays/russia-taliban-engagement");
  await page.getByRole("link", { name: "Link to paragraph 3" }).click();
  await expect(page).toHaveURL(/#p3$/);
  await expect(page.locator("#p3")).toHaveAttribute("data-active", "true");
  await expect(page.locator("#p3")).toContainText("ISIS-K");
});

test("an unknown essay shows a helpful not-found page", async ({ page }) => {
  const res = await page.goto("/essays/no-such-essay");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
