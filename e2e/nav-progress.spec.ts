// A link's page is rendered on the server; while it is on its way a bar along the top shows the click was taken
// (decision 0092). The page's payload is held back here so the wait is long enough to see.
import { devices, type Page } from "@playwright/test";
import { expect, expectNoA11yViolations, PASSWORD, signIn, test } from "./support/fixtures";

/** Holds every server-component payload for `pathname` (a navigation's or a prefetch's) until `release()`. */
async function holdPayload(page: Page, pathname: string) {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route(
    (url) => url.pathname === pathname && url.searchParams.has("_rsc"),
    async (route) => {
      await released;
      await route.continue();
    },
  );
  return release;
}

const bar = (page: Page) => page.getByRole("progressbar", { name: "Loading the page" });

test("a slow page shows the loading bar from the click until it opens", async ({ page, instructor }) => {
  await signIn(page, instructor);
  await page.goto("/dashboard");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(bar(page)).toHaveCount(0);
  const release = await holdPayload(page, "/sets");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Question sets" }).click();
  await expect(bar(page)).toBeVisible();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expectNoA11yViolations(page);
  release();
  await expect(page.getByRole("heading", { level: 1, name: "Question sets" })).toBeVisible();
  await expect(bar(page)).toHaveCount(0);
});

test("a form that goes on to another page shows the bar too: signing in says so until the dashboard opens", async ({
  page,
  student,
}) => {
  await page.goto("/sign-in");
  const release = await holdPayload(page, "/dashboard");
  await page.getByLabel("Email").fill(student.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(bar(page)).toBeVisible();
  // the button does not fall back to "Sign in" while the next page is on its way
  await expect(page.getByRole("button", { name: "Signing in…" })).toBeDisabled();
  release();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: /Welcome/ })).toBeVisible();
  await expect(bar(page)).toHaveCount(0);
});

test("a link to the page already open shows no bar", async ({ page, instructor }) => {
  await signIn(page, instructor);
  await page.goto("/sets");
  await expect(page.getByRole("heading", { level: 1, name: "Question sets" })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Question sets" }).click();
  // the bar waits 150 ms before it shows: wait past that, then look
  await page.waitForTimeout(400);
  await expect(bar(page)).toHaveCount(0);
});

test.describe("on a phone", () => {
  const { viewport, deviceScaleFactor, isMobile, hasTouch, userAgent } = devices["Pixel 7"];
  test.use({ viewport, deviceScaleFactor, isMobile, hasTouch, userAgent });

  test("a tapped link shows the bar until its page opens", async ({ page, student }) => {
    await signIn(page, student);
    await page.goto("/dashboard");
    const release = await holdPayload(page, "/essays");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Essays" }).tap();
    await expect(bar(page)).toBeVisible();
    release();
    await expect(page.getByRole("heading", { level: 1, name: "Essays" })).toBeVisible();
    await expect(bar(page)).toHaveCount(0);
  });
});
