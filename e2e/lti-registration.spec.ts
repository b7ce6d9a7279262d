// LTI Dynamic Registration in real Chromium with the platform peer (tests/support/lti-platform.ts): the peer's
// admin page opens Passage's registration URL in a frame; Passage's page there sends the admin on to a window of
// its own, where they are signed in; they register, the peer receives the tool's registration and hears the close
// message, and the LMS is listed, on, on the LMS connections page.
import { LtiPlatform } from "../tests/support/lti-platform";
import { expect, expectNoA11yViolations, signIn, sql, test } from "./support/fixtures";

let peer: LtiPlatform;
test.beforeAll(async () => {
  peer = await new LtiPlatform("localhost").start();
});
test.afterAll(async () => {
  await peer.stop();
});

test("an admin registers Passage from the LMS's tool registration", async ({
  page,
  instructor,
  baseURL,
  browser,
}, testInfo) => {
  await sql(`UPDATE "User" SET "isAdmin" = true WHERE id = $1`, [instructor.id]);
  await signIn(page, instructor);
  await page.goto(`${peer.issuer}/admin/register-tool?url=${encodeURIComponent(`${baseURL}/api/lti/register`)}`);
  const frame = page.frameLocator("iframe[title='Tool registration']");
  await expect(frame.getByRole("heading", { name: "Register this LMS with Passage" })).toBeVisible();
  const host = new URL(peer.issuer).host;
  await expect(frame.getByText(`The LMS at ${host} asks to use Passage`)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("register-frame-laptop.png"), fullPage: true });

  const [win] = await Promise.all([
    page.waitForEvent("popup"),
    frame.getByRole("link", { name: "Continue in a new window" }).click(),
  ]);
  await expect(win.getByRole("heading", { level: 1, name: "Register an LMS" })).toBeVisible();
  await expectNoA11yViolations(win);
  await win.screenshot({ path: testInfo.outputPath("register-lms-laptop.png"), fullPage: true });
  await win.getByRole("button", { name: `Register ${host}` }).click();
  await expect(win.getByRole("status").filter({ hasText: "Registered" })).toHaveText(
    `Registered peer-lms (${host}). Courses can launch Passage now.`,
  );
  await expectNoA11yViolations(win);

  // The LMS got the registration and the close message; Passage lists the LMS, on.
  await expect(page.getByText("The tool closed its registration.")).toBeVisible();
  expect(peer.registrations).toHaveLength(1);
  expect(peer.registrations[0]).toMatchObject({ initiate_login_uri: `${baseURL}/api/lti/login` });
  await win.getByRole("link", { name: "LMS connections" }).click();
  const row = win.getByRole("listitem").filter({ hasText: `peer-lms (${host})` });
  await expect(row).toContainText("enabled");
  await expect(row).toContainText(peer.clientId);

  // The admin page on a phone, for a second registration link: registering the same LMS again is refused.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const p = await phone.newPage();
  await signIn(p, instructor);
  await p.goto(`/lti/register?${new URLSearchParams(peer.registrationStart())}`);
  await expect(p.getByRole("button", { name: `Register ${host}` })).toBeVisible();
  await expectNoA11yViolations(p);
  await p.screenshot({ path: testInfo.outputPath("register-lms-phone.png"), fullPage: true });
  await p.getByRole("button", { name: `Register ${host}` }).click();
  await expect(p.getByRole("alert").filter({ hasText: "already registered" })).toHaveText(
    "This LMS and client ID are already registered with Passage.",
  );
  await phone.close();
});

test("the registration page refuses what does not come from an LMS", async ({ page }) => {
  const res = await page.goto("/api/lti/register");
  expect(res?.status()).toBe(400);
  await expect(page.getByRole("alert")).toContainText("the link lacks its configuration");
  await expectNoA11yViolations(page);
});
