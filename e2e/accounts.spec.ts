// Accounts: who may become an instructor (invitations, the admin), and signing up without losing one's way
// (a class join link, what was typed). The test server runs with INSTRUCTOR_SIGNUP unset and no demo data,
// so its policy is "invite".
import { devices, type Page } from "@playwright/test";
import { createUser, expect, expectNoA11yViolations, signIn, sql, test } from "./support/fixtures";
import { seedClass } from "./support/quiz-fixtures";

const uniqueEmail = (what: string) =>
  `${what}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@e2e.school`;

async function fillSignUp(page: Page, fields: { name: string; email: string; password?: string }) {
  await page.getByLabel("Full name").fill(fields.name);
  await page.getByLabel("Email").fill(fields.email);
  await page.getByLabel("Password").fill(fields.password ?? "a-good-password");
}

test.describe("a new student from a class join link, on a phone", () => {
  const { viewport, deviceScaleFactor, isMobile, hasTouch, userAgent } = devices["Pixel 7"];
  test.use({ viewport, deviceScaleFactor, isMobile, hasTouch, userAgent });

  test("signs up from the link and lands in the class", async ({ page, instructor }) => {
    const cls = await seedClass(instructor.id, "Rhetoric 2B");
    await page.goto(`/join/${cls.joinCode}`);
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    await expect(page.getByText("Sign in to join the class.")).toBeVisible();
    await expect(page.getByText("Your work is saved and waiting")).toHaveCount(0);
    await expectNoA11yViolations(page);

    await page.getByRole("link", { name: "Create an account" }).click();
    await expect(page).toHaveURL(new RegExp(`/sign-up\\?next=%2Fjoin%2F${cls.joinCode}$`));
    await expect(page.getByText("you will be taken back to join the class")).toBeVisible();
    await expectNoA11yViolations(page);
    await fillSignUp(page, { name: "Noor Student", email: uniqueEmail("joiner") });
    await page.getByRole("button", { name: "Create account" }).click();

    await expect(page.getByRole("heading", { name: "Join Rhetoric 2B?" })).toBeVisible();
    await page.getByRole("button", { name: "Join class" }).click();
    await expect(page.getByText("You joined Rhetoric 2B.")).toBeVisible();
  });

  test("takes the header's Sign up button instead and still lands in the class", async ({ page, instructor }) => {
    const cls = await seedClass(instructor.id, "Rhetoric 2C");
    await page.goto(`/join/${cls.joinCode}`);
    await expect(page.getByText("Sign in to join the class.")).toBeVisible();
    // the filled button at the top, the one a phone user sees first (it used to lead to a bare /sign-up)
    await page.getByRole("banner").getByRole("link", { name: "Sign up" }).click();
    await expect(page).toHaveURL(new RegExp(`/sign-up\\?next=%2Fjoin%2F${cls.joinCode}$`));
    await expect(page.getByText("you will be taken back to join the class")).toBeVisible();
    // and the header's Sign in from there keeps it too
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toHaveAttribute(
      "href",
      `/sign-in?callbackUrl=%2Fjoin%2F${cls.joinCode}`,
    );
    await fillSignUp(page, { name: "Ola Student", email: uniqueEmail("header-joiner") });
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("heading", { name: "Join Rhetoric 2C?" })).toBeVisible();
    await page.getByRole("button", { name: "Join class" }).click();
    await expect(page.getByText("You joined Rhetoric 2C.")).toBeVisible();
  });
});

test("a refused sign-up keeps what was typed and the role, and offers sign-in as a link", async ({ page, student }) => {
  await page.goto("/sign-up");
  await fillSignUp(page, { name: "Ms. Okoro", email: student.email });
  await page.getByText("Instructor", { exact: true }).click();
  await page.getByRole("button", { name: "Create account" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "An account with this email already exists." });
  await expect(alert).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue("Ms. Okoro");
  await expect(page.getByLabel("Email")).toHaveValue(student.email);
  await expect(page.getByRole("radio", { name: "Instructor" })).toBeChecked();
  await expectNoA11yViolations(page);

  // A short password is refused too, and the role still does not fall back to Student.
  await page.getByLabel("Email").fill(uniqueEmail("okoro"));
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 8 characters for your password.")).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue("Ms. Okoro");
  await expect(page.getByRole("radio", { name: "Instructor" })).toBeChecked();

  await page.getByLabel("Email").fill(student.email);
  await page.getByLabel("Password").fill("a-good-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await alert.getByRole("link", { name: "Sign in instead" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("without an invitation the instructor role is refused on the server, with a reason", async ({
  page,
  instructor,
}) => {
  expect(instructor.role).toBe("INSTRUCTOR"); // so this sign-up is not the database's first instructor
  const email = uniqueEmail("would-be-teacher");
  await page.goto("/sign-up");
  await expect(page.getByText("Instructor accounts need an invitation link")).toBeVisible();
  await fillSignUp(page, { name: "Would-be Teacher", email });
  await page.getByText("Instructor", { exact: true }).click();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Instructor accounts need an invitation link from your Passage admin" }),
  ).toBeVisible();
  await expect(page.getByRole("radio", { name: "Instructor" })).toBeChecked();
  expect(await sql(`SELECT id FROM "User" WHERE email = $1`, [email])).toEqual([]);

  // A student needs nothing.
  await page.getByText("Student", { exact: true }).click();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Would-be Teacher · Student")).toBeVisible();
});

test("an admin makes a one-time invitation link; an instructor joins with it; a withdrawn link stops working", async ({
  page,
  browser,
}) => {
  const admin = await createUser("INSTRUCTOR", "Dean Admin");
  await sql(`UPDATE "User" SET "isAdmin" = true WHERE id = $1`, [admin.id]);
  await signIn(page, admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Invitations" }).click();
  await expect(page.getByRole("heading", { name: "Instructor invitations" })).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByLabel("Link valid for").selectOption("7");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = (await page.getByLabel("Invitation link").textContent())!;
  expect(link).toMatch(/\/sign-up\?invite=[\w-]{40,}$/);
  await expect(page.getByText(/It works once, until/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
  // Admins see every admin's invitations (other tests make some too): look at this admin's own.
  const mine = page.getByRole("listitem").filter({ hasText: "Made by Dean Admin" });
  await expect(mine.getByText("Waiting")).toHaveCount(1);
  await expectNoA11yViolations(page);

  const guest = await browser.newContext();
  const newcomer = await guest.newPage();
  const email = uniqueEmail("invited");
  await newcomer.goto(link);
  await expect(newcomer.getByText("You are invited to join as an instructor.")).toBeVisible();
  await expect(newcomer.getByRole("radio", { name: "Instructor" })).toBeChecked();
  await expectNoA11yViolations(newcomer);
  await fillSignUp(newcomer, { name: "Invited Teacher", email });
  await newcomer.getByRole("button", { name: "Create account" }).click();
  await expect(newcomer.getByText("Invited Teacher · Instructor")).toBeVisible();

  // The link was for one person.
  const second = await (await browser.newContext()).newPage();
  await second.goto(link);
  await expect(second.getByText("This invitation link has expired, was withdrawn or was already used.")).toBeVisible();
  await expect(second.getByRole("radio", { name: "Student" })).toBeChecked();
  await guest.close();

  await page.reload();
  await expect(page.getByText(`used by Invited Teacher (${email})`)).toBeVisible();

  await page.getByRole("button", { name: "Create invitation link" }).click();
  const withdrawn = (await page.getByLabel("Invitation link").textContent())!;
  await mine
    .filter({ hasText: "Waiting" })
    .getByRole("button", { name: /^Withdraw the invitation/ })
    .click();
  await expect(mine.getByText("Withdrawn")).toBeVisible();
  await second.goto(withdrawn);
  await expect(second.getByText("This invitation link has expired, was withdrawn or was already used.")).toBeVisible();
});

test("the invitations page is the admin's only", async ({ page, instructor }) => {
  await signIn(page, instructor);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Invitations" })).toHaveCount(
    0,
  );
  await page.goto("/admin/invites");
  await expect(page).toHaveURL(/\/dashboard\?denied=admin/);
  await expect(page.getByText("That page is for the admin.")).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: devices["iPhone 13"].viewport, hasTouch: true, isMobile: true });

  test("an admin's six header links all fit on the screen, and the current one is marked", async ({ page }) => {
    const admin = await createUser("INSTRUCTOR", "Phone Admin");
    await sql(`UPDATE "User" SET "isAdmin" = true WHERE id = $1`, [admin.id]);
    await signIn(page, admin);
    const nav = page.getByRole("navigation", { name: "Main" });
    const width = page.viewportSize()!.width;
    for (const name of ["Dashboard", "Essays", "Question sets", "Classes", "Invitations", "LMS"]) {
      const box = (await nav.getByRole("link", { name, exact: true }).boundingBox())!;
      // On the screen without scrolling the header sideways: a hidden link is a link nobody finds.
      expect(box.x, name).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, name).toBeLessThanOrEqual(width);
    }
    await nav.getByRole("link", { name: "LMS", exact: true }).click();
    await expect(nav.getByRole("link", { name: "LMS", exact: true })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Dashboard", exact: true })).not.toHaveAttribute("aria-current");
    await expectNoA11yViolations(page);
  });
});
