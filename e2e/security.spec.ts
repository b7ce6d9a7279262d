import { expect, test } from "./support/fixtures";

test("too many wrong passwords lock sign-in for that account with a clear message", async ({ page, student }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(student.email);
  for (let i = 0; i < 10; i++) {
    await page.getByLabel("Password").fill(`wrong-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "do not match an account" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  // The 11th try is refused even with the right password.
  await page.getByLabel("Password").fill("e2e-password-123");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Too many sign-in attempts for this account. Wait 15 minutes" }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("pages carry security headers and load without CSP violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const res = await page.goto("/essays/russia-taliban-engagement#p2");
  const h = res!.headers();
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"]).toContain("default-src 'self'");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["x-powered-by"]).toBeUndefined();
  // The page hydrated (the passage highlighter ran) under the policy.
  await expect(page.locator("#p2")).toHaveAttribute("data-active", "true");
  expect(violations).toEqual([]);
});

test("an expired or forged session sends the visitor to sign in instead of crashing", async ({
  page,
  context,
  baseURL,
}) => {
  await context.addCookies([{ name: "next-auth.session-token", value: "forged.token.value", url: baseURL! }]);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});
