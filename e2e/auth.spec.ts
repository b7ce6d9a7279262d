import { expect, expectNoA11yViolations, signIn, test } from "./support/fixtures";

test("the landing page says what the tool is and is accessible", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("anchored to the reading");
  await expect(page.getByRole("link", { name: "Read the essays" })).toBeVisible();
  await expectNoA11yViolations(page);
});

test("a new student signs up, lands on the dashboard, signs out and back in", async ({ page }) => {
  const email = `signup-${Date.now()}@e2e.school`;
  await page.goto("/sign-up");
  await expectNoA11yViolations(page);
  await page.getByLabel("Full name").fill("Dana Student");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-good-password");
  await page.getByText("Student", { exact: true }).click();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Dana Student" })).toBeVisible();
  await expect(page.getByText("Dana Student · Student")).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await signIn(page, { email }, "a-good-password");
  await expect(page.getByRole("heading", { name: "Welcome, Dana Student" })).toBeVisible();
});

test("sign-up shows what is wrong with each field and creates nothing", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Full name").fill("X");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address, like name@school.org.")).toBeVisible();
  await expect(page.getByText("Use at least 8 characters for your password.")).toBeVisible();
  await expectNoA11yViolations(page);
});

test("an instructor signs in and sees the instructor navigation", async ({ page, instructor }) => {
  await signIn(page, instructor);
  await expect(page.getByText(`${instructor.name} · Instructor`)).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Question sets" }),
  ).toBeVisible();
  await expectNoA11yViolations(page);
});

test("a student signs in and sees the student navigation", async ({ page, student }) => {
  await signIn(page, student);
  await expect(page.getByText(`${student.name} · Student`)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Question sets" })).toHaveCount(
    0,
  );
});

test("a wrong password shows a clear error and does not sign in", async ({ page, student }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(student.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "do not match an account" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  await expectNoA11yViolations(page);
});

test("a signed-out visitor who opens the dashboard is sent to sign in and brought back", async ({ page, student }) => {
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
  await expect(page.getByText("Sign in to continue.")).toBeVisible();
  await page.getByLabel("Email").fill(student.email);
  await page.getByLabel("Password").fill("e2e-password-123");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});
