// Opening a page fetches that page only: links prefetch their page when the user reaches for one (pointer, focus,
// touch), not all at once for every link on screen (decision 0091). A class of 30 opening a page used to send the
// server 30 × 12 background requests for the header's pages.
import { devices, type Page, type Request } from "@playwright/test";
import { expect, signIn, test } from "./support/fixtures";

/** Next's prefetches and soft navigations ask for a page's server-component payload (`?_rsc=…`). */
function payloadRequests(page: Page) {
  const seen: string[] = [];
  page.on("request", (r: Request) => {
    const url = new URL(r.url());
    if (url.searchParams.has("_rsc")) seen.push(url.pathname);
  });
  return seen;
}

test("an instructor's dashboard loads no other page until a link is pointed at", async ({ page, instructor }) => {
  await signIn(page, instructor);
  const seen = payloadRequests(page);
  await page.goto("/dashboard", { waitUntil: "networkidle" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  expect(seen).toEqual([]);

  const sets = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Question sets" });
  const prefetched = page.waitForRequest((r) => new URL(r.url()).pathname === "/sets" && r.url().includes("_rsc="));
  await sets.hover();
  await prefetched;
  await sets.click();
  await expect(page.getByRole("heading", { level: 1, name: "Question sets" })).toBeVisible();
});

test.describe("on a phone", () => {
  const { viewport, deviceScaleFactor, isMobile, hasTouch, userAgent } = devices["Pixel 7"];
  test.use({ viewport, deviceScaleFactor, isMobile, hasTouch, userAgent });

  test("a student's dashboard loads no other page, and a tapped link still opens its page", async ({
    page,
    student,
  }) => {
    await signIn(page, student);
    const seen = payloadRequests(page);
    await page.goto("/dashboard", { waitUntil: "networkidle" });
    expect(seen).toEqual([]);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Essays" }).tap();
    await expect(page).toHaveURL(/\/essays$/);
    await expect(page.getByRole("heading", { level: 1, name: "Essays" })).toBeVisible();
  });
});
