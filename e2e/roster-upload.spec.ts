// An instructor uploads a roster CSV (Google Classroom's shape): preview with an error per bad row, confirm,
// the existing student is enrolled and the new one gets a one-time link; the same file again changes nothing;
// the new student opens the link on a phone, chooses a password and lands in the class.
import { randomBytes } from "node:crypto";
import { expect, expectNoA11yViolations, signIn, sql, test } from "./support/fixtures";
import { seedClass } from "./support/quiz-fixtures";

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

test("roster CSV: preview with errors per row, confirm, re-upload changes nothing, the invited student signs up", async ({
  page,
  browser,
  instructor,
  student,
}) => {
  test.slow(); // two uploads, a sign-up and four accessibility scans
  const cls = await seedClass(instructor.id, "Period 2 politics");
  const newEmail = `newcomer-${randomBytes(4).toString("hex")}@e2e.school`;
  const csv = [
    '\uFEFF"Last Name","First Name","Email Address"',
    `"Student","Known","${student.email.toUpperCase()}"`,
    `"Comer","Nia","${newEmail}"`,
    `"Typo","Tom","tom-at-school"`,
    `"Teacher","The","${instructor.email}"`,
  ].join("\r\n");
  const file = { name: "classroom-roster.csv", mimeType: "text/csv", buffer: Buffer.from(csv) };

  await signIn(page, instructor);
  await page.goto(`/classes/${cls.id}`);
  await page.getByRole("link", { name: "Upload a roster (CSV)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Upload a roster" })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByLabel(/Roster CSV file/).setInputFiles(file);
  await page.getByRole("button", { name: "Preview roster" }).click();

  const preview = page.getByRole("region", { name: "Preview of classroom-roster.csv" });
  await expect(
    preview.getByText("1 to enrol · 1 to invite · 0 already enrolled · 0 already invited · 2 with errors"),
  ).toBeVisible();
  const row = (n: number) =>
    preview.getByRole("row").filter({ has: page.getByRole("cell", { name: String(n), exact: true }) });
  await expect(row(2)).toContainText("will be enrolled");
  await expect(row(3)).toContainText("gets an invitation link");
  await expect(row(4)).toContainText("“tom-at-school” is not an e-mail address.");
  await expect(row(5)).toContainText("is an instructor account; only students can be enrolled.");
  await expect(preview.getByText("Passage sends no e-mail")).toBeVisible();
  await expectNoA11yViolations(page);
  const stored = () =>
    sql<{ n: number }>(
      `SELECT (SELECT count(*) FROM "Enrollment" WHERE "classId" = $1) + (SELECT count(*) FROM "RosterInvite" WHERE "classId" = $1) AS n`,
      [cls.id],
    ).then((r) => Number(r[0]!.n));
  expect(await stored()).toBe(0);

  await preview.getByRole("button", { name: "Confirm: enrol 1 and invite 1 (skip 2 rows with errors)" }).click();
  await expect(page.getByText("Enrolled 1 student and invited 1.")).toBeVisible();
  const links = page.getByRole("list", { name: "Invitation links" });
  await expect(links.getByText(newEmail)).toBeVisible();
  const link = (await links.getByText(/\/sign-up\?roster=/).textContent())!.trim();
  await expect(page.getByRole("region", { name: "Invited, not signed up yet" }).getByText(newEmail)).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole("link", { name: "Period 2 politics" }).click();
  await expect(page.getByText("1 student", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Roster" }).getByText(student.name, { exact: true })).toBeVisible();

  // The same file again: every row is already done, nothing to confirm, nothing written.
  const before = await sql(
    `SELECT "userId" AS k FROM "Enrollment" WHERE "classId" = $1 UNION ALL SELECT "tokenHash" FROM "RosterInvite" WHERE "classId" = $1 ORDER BY 1`,
    [cls.id],
  );
  await page.goto(`/classes/${cls.id}/roster`);
  await page.getByLabel(/Roster CSV file/).setInputFiles(file);
  await page.getByRole("button", { name: "Preview roster" }).click();
  await expect(row(2)).toContainText("already enrolled");
  await expect(row(3)).toContainText("already invited");
  await expect(page.getByText("Nothing to change: everyone in the file is already enrolled or invited.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Confirm/ })).toHaveCount(0);
  expect(
    await sql(
      `SELECT "userId" AS k FROM "Enrollment" WHERE "classId" = $1 UNION ALL SELECT "tokenHash" FROM "RosterInvite" WHERE "classId" = $1 ORDER BY 1`,
      [cls.id],
    ),
  ).toEqual(before);

  // The invited student, on a phone: the link pre-fills the address, they choose a password, and are in the class.
  const pupil = await (await browser.newContext(phone)).newPage();
  await pupil.goto(link);
  await expect(pupil.getByText("You are invited to join the class Period 2 politics.")).toBeVisible();
  await expect(pupil.getByLabel("Email")).toHaveValue(newEmail);
  await expect(pupil.getByLabel("Full name")).toHaveValue("Nia Comer");
  await expectNoA11yViolations(pupil);
  await pupil.getByLabel("Password").fill("a-long-password");
  await pupil.getByRole("button", { name: "Create account" }).click();
  await expect(pupil).toHaveURL(/\/dashboard/);
  await expect(pupil.getByRole("region", { name: "Classes" }).getByText("Period 2 politics")).toBeVisible();
  // The link is spent.
  await pupil.goto(link);
  await expect(pupil.getByText("This class invitation link has expired or was already used.")).toBeVisible();

  await page.goto(`/classes/${cls.id}`);
  await expect(page.getByText("2 students", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Roster" }).getByText("Nia Comer", { exact: true })).toBeVisible();
});
