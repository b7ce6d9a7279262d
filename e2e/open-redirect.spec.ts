import { expect, test } from "./support/fixtures";
import { PASSWORD } from "./support/fixtures";

// Each is a path a prefix check ("starts with / but not //") lets through and a browser reads as another host.
/** Requests to the hostile host (never the app's own, whose query carries the same text). */
const away = (url: URL) => url.hostname.endsWith("evil.example");

const HOSTILE = ["/%5Cevil.example", "/\\evil.example", "/%09/evil.example", "/\\/evil.example", "//evil.example"];

for (const value of HOSTILE) {
  test(`signing in with callbackUrl=${value} stays on the app`, async ({ page, student, baseURL }) => {
    // Requests to the hostile host never leave the machine: they are answered here, and recorded.
    const left: string[] = [];
    await page.route(away, (r) => {
      left.push(r.request().url());
      return r.fulfill({ status: 200, body: "left the app" });
    });
    await page.goto(`/sign-in?callbackUrl=${value}`);
    await page.getByLabel("Email").fill(student.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/dashboard/);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(left).toEqual([]);
  });
}

test("signing up with a hostile next= stays on the app", async ({ page, baseURL }) => {
  const left: string[] = [];
  await page.route(away, (r) => {
    left.push(r.request().url());
    return r.fulfill({ status: 200, body: "left the app" });
  });
  await page.goto("/sign-up?next=/%5Cevil.example");
  await page.getByLabel("Full name").fill("Redirect Tester");
  await page.getByLabel("Email").fill(`redirect-${Date.now()}-${Math.random().toString(36).slice(2)}@e2e.school`);
  await page.getByLabel("Password").fill("a-good-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/dashboard/);
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  expect(left).toEqual([]);
});
