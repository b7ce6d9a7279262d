import { expect, expectNoA11yViolations, signIn, test } from "./fixtures";
import { seedClass, seedSet } from "./quiz-fixtures";

test("an instructor creates a class and assigns a question set through the UI", async ({ page, instructor }) => {
  const set = await seedSet(instructor.id, "Week one: Moscow and the Taliban");
  await signIn(page, instructor);
  await page.goto("/classes");
  await expectNoA11yViolations(page);
  await page.getByLabel("Class name").fill("Politics, period 3");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Politics, period 3" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Join code" })).toBeVisible();
  const code = (await page.locator("p.font-mono").first().textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{6}$/);
  await expect(page.getByText(`/join/${code}`)).toBeVisible();
  await expect(page.getByText("No students yet")).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole("link", { name: "New assignment" }).click();
  await expect(page.getByRole("heading", { name: "New assignment" })).toBeVisible();
  await page.getByLabel("Question set").selectOption({ label: "Week one: Moscow and the Taliban (4 questions)" });
  await page.getByLabel("Title (optional)").fill("Week 1 reading check");
  await page.getByLabel("Attempts allowed").fill("2");
  await page.getByLabel("Time limit in minutes (optional)").fill("20");
  await page.getByLabel("After the assignment closes").check();
  await page.getByLabel("Shuffle questions").check();
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "Assign to class" }).click();
  // Revealing after closing needs a closing time: the form says so and keeps the input.
  await expect(page.getByText("Set a closing time, or reveal answers after submitting.")).toBeVisible();
  await page.getByLabel("Closes at (optional)").fill("2031-06-15T17:00");
  await page.getByRole("button", { name: "Assign to class" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Week 1 reading check" })).toBeVisible();
  await expect(page.getByText(/Week one: Moscow and the Taliban · Due 15 Jun, .* · 2 attempts · 20 min · answers shown after closing · shuffled questions/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Students: 0 of 0 submitted" })).toBeVisible();
  await expectNoA11yViolations(page);
  const row = await import("./fixtures").then(({ sql }) => sql<{ setId: string; attemptsAllowed: number; timeLimitMinutes: number }>(`SELECT "setId", "attemptsAllowed", "timeLimitMinutes" FROM "Assignment" WHERE title = 'Week 1 reading check' AND "setId" = $1`, [set.setId]));
  expect(row).toEqual([{ setId: set.setId, attemptsAllowed: 2, timeLimitMinutes: 20 }]);

  await page.getByRole("link", { name: "Politics, period 3" }).click();
  await expect(page.getByRole("link", { name: "Week 1 reading check" })).toBeVisible();
  await expect(page.getByText("0 of 0 submitted")).toBeVisible();

  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("region", { name: "Recent assignments" }).getByRole("link", { name: "Week 1 reading check" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Classes" }).getByText(code)).toBeVisible();
  await expectNoA11yViolations(page);
});

test("a student joins by link, appears on the roster, and the instructor removes them after confirming", async ({ page, browser, instructor, student }) => {
  const cls = await seedClass(instructor.id, "Debate club");
  await signIn(page, student);
  await page.goto("/join");
  await page.getByLabel("Join code").fill("QQQQQQ");
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByText("No class has that join code.").first()).toBeVisible();

  await page.goto(`/join/${cls.joinCode}`);
  await expect(page.getByRole("heading", { name: "Join Debate club?" })).toBeVisible();
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByText("You joined Debate club.")).toBeVisible();
  await page.getByRole("link", { name: "Debate club" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Debate club" })).toBeVisible();
  await expect(page.getByText("Nothing assigned yet")).toBeVisible();
  await expectNoA11yViolations(page);

  const teacher = await (await browser.newContext()).newPage();
  await signIn(teacher, instructor);
  await teacher.goto(`/classes/${cls.id}`);
  await expect(teacher.getByText("1 student", { exact: true })).toBeVisible();
  await expect(teacher.getByRole("region", { name: "Roster" }).getByText(student.name, { exact: true })).toBeVisible();
  await teacher.getByRole("button", { name: `Remove ${student.name} from the class` }).click();
  const dialog = teacher.getByRole("dialog", { name: `Remove ${student.name}?` });
  await expect(dialog).toBeVisible();
  await expectNoA11yViolations(teacher);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(teacher.getByRole("region", { name: "Roster" }).getByText(student.name, { exact: true })).toBeVisible();
  await teacher.getByRole("button", { name: `Remove ${student.name} from the class` }).click();
  await teacher.getByRole("dialog").getByRole("button", { name: "Remove student" }).click();
  await expect(teacher.getByText("No students yet")).toBeVisible();

  const res = await page.goto(`/classes/${cls.id}`);
  expect(res?.status()).toBe(404);
});
