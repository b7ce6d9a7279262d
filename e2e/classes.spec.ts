import { expect, expectNoA11yViolations, signIn, test } from "./support/fixtures";
import { enroll, seedAssignment, seedClass, seedSet } from "./support/quiz-fixtures";

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
  // The link wraps after a slash, never inside the host's port or the code (it read "…:341" / "1/join/…").
  const lines = await page.locator("span.font-mono", { hasText: `/join/${code}` }).evaluate((el) =>
    [...el.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => {
        const r = document.createRange();
        r.selectNodeContents(n);
        return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size;
      }),
  );
  expect(lines.length).toBeGreaterThan(0);
  expect(lines, "each part of the link on one line").toEqual(lines.map(() => 1));
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
  await expect(
    page.getByText(
      /Week one: Moscow and the Taliban · Due 15 Jun, .* · 2 attempts · 20 min · answers shown after closing · shuffled questions/,
    ),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Students: 0 of 0 submitted" })).toBeVisible();
  await expectNoA11yViolations(page);
  const row = await import("./support/fixtures").then(({ sql }) =>
    sql<{ setId: string; attemptsAllowed: number; timeLimitMinutes: number }>(
      `SELECT "setId", "attemptsAllowed", "timeLimitMinutes" FROM "Assignment" WHERE title = 'Week 1 reading check' AND "setId" = $1`,
      [set.setId],
    ),
  );
  expect(row).toEqual([{ setId: set.setId, attemptsAllowed: 2, timeLimitMinutes: 20 }]);

  await page.getByRole("link", { name: "Politics, period 3" }).click();
  await expect(page.getByRole("link", { name: "Week 1 reading check" })).toBeVisible();
  await expect(page.getByText("0 of 0 submitted")).toBeVisible();

  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(
    page.getByRole("region", { name: "Recent assignments" }).getByRole("link", { name: "Week 1 reading check" }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Classes" }).getByText(code)).toBeVisible();
  await expectNoA11yViolations(page);
});

test("a student joins by link, appears on the roster, and the instructor removes them after confirming", async ({
  page,
  browser,
  instructor,
  student,
}) => {
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

test("the instructor changes an assignment's settings (closes it, reopens it) and deletes it after confirming", async ({
  page,
  browser,
  instructor,
  student,
}) => {
  const cls = await seedClass(instructor.id, "Politics, period 5");
  const set = await seedSet(instructor.id, "Week two: the gamble");
  const due = new Date(Date.now() + 2 * 86_400_000);
  due.setUTCSeconds(0, 0);
  const a = await seedAssignment(cls.id, set.setId, { title: "Week 2 check", closesAt: due });
  await enroll(cls.id, student.id);

  // The student starts, so the assignment has work in it.
  const pupil = await (await browser.newContext()).newPage();
  await signIn(pupil, student);
  await pupil.goto(`/assignments/${a.id}`);
  await pupil.getByRole("button", { name: "Start quiz" }).click();
  await expect(pupil.getByText("0 of 4 answered")).toBeVisible();
  await pupil.goto(`/assignments/${a.id}`);

  await signIn(page, instructor);
  await page.goto(`/assignments/${a.id}`);
  await page.getByRole("link", { name: "Edit settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Assignment settings" })).toBeVisible();
  // The stored deadline, in the browser's own time zone; the set and the mode are not editable.
  const localDue = await page.evaluate((iso) => {
    const d = new Date(iso);
    const p = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
  }, due.toISOString());
  await expect(page.getByLabel("Closes at (optional)")).toHaveValue(localDue);
  await expect(page.getByLabel("Title (optional)")).toHaveValue("Week 2 check");
  await expect(page.getByText("Question set: Week two: the gamble")).toBeVisible();
  await expect(page.getByLabel("Question set")).toHaveCount(0);
  await expect(page.getByText(/Times are in your time zone/)).toBeVisible();
  await expectNoA11yViolations(page);

  // A closing time before the opening time: a clear message, nothing saved, the input kept.
  await page.getByLabel("Opens at (optional)").fill("2031-01-02T09:00");
  await page.getByLabel("Closes at (optional)").fill("2031-01-01T09:00");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("The closing time must be after the opening time.")).toBeVisible();
  await expect(page.getByLabel("Opens at (optional)")).toHaveValue("2031-01-02T09:00");
  const { sql } = await import("./support/fixtures");
  expect(
    (await sql<{ closesAt: Date }>(`SELECT "closesAt" FROM "Assignment" WHERE id = $1`, [a.id]))[0]!.closesAt.getTime(),
  ).toBe(due.getTime());

  // Close it now: a time in the past.
  await page.getByLabel("Opens at (optional)").fill("");
  await page.getByLabel("Closes at (optional)").fill("2020-01-01T09:00");
  await page.getByLabel("Attempts allowed").fill("2");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved. They apply to every student from now on.")).toBeVisible();
  await expect(page.getByText(/Week two: the gamble · Closed 1 Jan, .* · 2 attempts/)).toBeVisible();
  await pupil.reload();
  await expect(
    pupil.getByText(
      "This assignment has closed: answers can no longer be changed. Your saved answers are kept: hand them in to see your result.",
    ),
  ).toBeVisible();
  await expect(pupil.getByRole("link", { name: "Hand in saved answers" })).toBeVisible();
  await expectNoA11yViolations(pupil);

  // Reopen it with an empty deadline.
  await page.getByRole("link", { name: "Edit settings" }).click();
  await page.getByLabel("Closes at (optional)").fill("");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText(/Week two: the gamble · Open, no deadline · 2 attempts/)).toBeVisible();
  await pupil.reload();
  await expect(pupil.getByRole("link", { name: "Resume quiz" })).toBeVisible();
  await expect(pupil.getByText("This assignment has closed")).toHaveCount(0);

  // The quick switch on the assignment page: close now (it asks first), then reopen.
  await page.getByRole("button", { name: "Close now" }).click();
  const closing = page.getByRole("group", { name: /^Close it now\?/ });
  await expect(closing).toContainText("unfinished attempts keep what was saved");
  await expectNoA11yViolations(page);
  await closing.getByRole("button", { name: "Close now" }).click();
  await expect(page.getByText(/Week two: the gamble · Closed .* · 2 attempts/)).toBeVisible();
  await pupil.reload();
  await expect(pupil.getByRole("link", { name: "Hand in saved answers" })).toBeVisible();
  await page.getByRole("button", { name: "Reopen" }).click();
  await page.getByRole("group", { name: "Reopen with no deadline?" }).getByRole("button", { name: "Reopen" }).click();
  await expect(page.getByText(/Week two: the gamble · Open, no deadline · 2 attempts/)).toBeVisible();
  await pupil.reload();
  await expect(pupil.getByRole("link", { name: "Resume quiz" })).toBeVisible();

  // Delete: it asks first, naming what goes with it.
  await page.getByRole("link", { name: "Edit settings" }).click();
  await expect(page.getByText("1 student has started or submitted it")).toBeVisible();
  await page.getByRole("button", { name: "Delete assignment" }).click();
  await expect(page.getByRole("group", { name: "Delete “Week 2 check” and the work of 1 student?" })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.getByText("The assignment was deleted.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Politics, period 5" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Week 2 check" })).toHaveCount(0);
  await pupil.goto("/dashboard");
  await expect(pupil.getByRole("link", { name: "Week 2 check" })).toHaveCount(0);
});

test("one student gets an extension after the deadline: they answer, the class stays closed", async ({
  page,
  browser,
  instructor,
  student,
}) => {
  const { createUser } = await import("./support/fixtures");
  const ben = await createUser("STUDENT", "Ben Late");
  const cls = await seedClass(instructor.id, "Politics, period 6");
  const set = await seedSet(instructor.id, "Week three: the gamble");
  const a = await seedAssignment(cls.id, set.setId, {
    title: "Week 3 check",
    closesAt: new Date(Date.now() - 3_600_000),
  });
  await enroll(cls.id, student.id);
  await enroll(cls.id, ben.id);

  await signIn(page, instructor);
  await page.goto(`/assignments/${a.id}`);
  await page.getByRole("button", { name: `Give an extension to ${student.name}` }).click();
  const editor = page.getByRole("group", { name: `Extension for ${student.name}` });
  // Nothing given: a clear message, nothing stored.
  await editor.getByRole("button", { name: "Save extension" }).click();
  await expect(
    editor.getByText("Give this student a closing time of their own, extra minutes or extra attempts."),
  ).toBeVisible();
  const tomorrow = await page.evaluate(() => {
    const d = new Date(Date.now() + 86_400_000);
    const p = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
  });
  await editor.getByLabel(`Closes at for ${student.name}`).fill(tomorrow);
  await expectNoA11yViolations(page);
  await editor.getByRole("button", { name: "Save extension" }).click();
  const row = page.getByRole("listitem").filter({ hasText: student.name });
  // Read as a person sees it (the e2e browser is in UTC): words and time with their spaces.
  await expect(row.getByText(/^Own deadline \d+ \w+, \d\d:\d\d UTC$/)).toBeVisible();
  expect(await row.getByText(/^Own deadline/).innerText()).toMatch(/^Own deadline \d+ \w+, \d\d:\d\d UTC$/);
  await expect(
    page
      .getByRole("listitem")
      .filter({ hasText: "Ben Late" })
      .getByText(/Own deadline/),
  ).toHaveCount(0);

  // The extended student sees it and answers; the autosave accepts it.
  const amy = await (await browser.newContext()).newPage();
  await signIn(amy, student);
  await amy.goto(`/assignments/${a.id}`);
  await expect(amy.getByText(/This assignment closes for you on .* UTC\./)).toBeVisible();
  await expectNoA11yViolations(amy);
  await amy.goto(`/classes/${cls.id}`);
  await expect(amy.getByRole("listitem").filter({ hasText: "Week 3 check" })).toContainText(/Due .* UTC/);
  await amy.goto(`/assignments/${a.id}`);
  await amy.getByRole("button", { name: "Start quiz" }).click();
  await amy.getByLabel("Formally recognised them").check();
  await expect(amy.getByTestId("save-status")).toHaveText(/Saved/);

  // Another student still finds it closed.
  const benPage = await (await browser.newContext()).newPage();
  await signIn(benPage, ben);
  await benPage.goto(`/assignments/${a.id}`);
  await expect(benPage.getByText("This assignment has closed: answers can no longer be changed.")).toBeVisible();
  await expect(benPage.getByRole("button", { name: "Start quiz" })).toHaveCount(0);
  await benPage.goto(`/classes/${cls.id}`);
  await expect(benPage.getByRole("listitem").filter({ hasText: "Week 3 check" })).toContainText(/Closed .* UTC/);

  // Taken away again.
  await page.getByRole("button", { name: `Change the extension of ${student.name}` }).click();
  await page
    .getByRole("group", { name: `Extension for ${student.name}` })
    .getByRole("button", { name: "Remove the extension" })
    .click();
  await expect(row.getByText(/Own deadline/)).toHaveCount(0);
  await amy.goto(`/assignments/${a.id}`);
  await expect(amy.getByText("You have an extension")).toHaveCount(0);
});

test("times are shown in the reader's own time zone, and typed in it", async ({ browser, instructor, student }) => {
  const cls = await seedClass(instructor.id, "Politics, period 7");
  const set = await seedSet(instructor.id, "Week four: zones");
  const a = await seedAssignment(cls.id, set.setId, {
    title: "Week 4 check",
    closesAt: new Date("2031-06-15T21:00:00Z"),
  });
  await enroll(cls.id, student.id);

  const ny = await (await browser.newContext({ timezoneId: "America/New_York" })).newPage();
  await signIn(ny, instructor);
  await ny.goto(`/assignments/${a.id}`);
  await expect(ny.getByText(/Week four: zones · Due 15 Jun, 17:00 GMT-4 · 1 attempt/)).toBeVisible();
  await ny.getByRole("link", { name: "Edit settings" }).click();
  await expect(ny.getByLabel("Closes at (optional)")).toHaveValue("2031-06-15T17:00");
  await expect(ny.getByText("Times are in your time zone (America/New_York).")).toBeVisible();

  const kolkata = await (await browser.newContext({ timezoneId: "Asia/Kolkata" })).newPage();
  await signIn(kolkata, student);
  await kolkata.goto(`/assignments/${a.id}`);
  await expect(kolkata.getByText("Due 16 Jun, 02:30 GMT+5:30")).toBeVisible();
  await kolkata.goto("/dashboard");
  await expect(kolkata.getByRole("listitem").filter({ hasText: "Week 4 check" })).toContainText(
    "Due 16 Jun, 02:30 GMT+5:30",
  );
  await expectNoA11yViolations(kolkata);
});

test("a student who used their only attempt is given one more by the instructor", async ({
  page,
  browser,
  instructor,
  student,
}) => {
  const { sql } = await import("./support/fixtures");
  const cls = await seedClass(instructor.id, "Politics, period 8");
  const set = await seedSet(instructor.id, "Week five: again");
  const a = await seedAssignment(cls.id, set.setId, { title: "Week 5 check" });
  await enroll(cls.id, student.id);
  await sql(
    `INSERT INTO "Attempt" (id, "assignmentId", "studentId", number, "shuffleSeed", "submittedAt", score, "maxScore") VALUES ($1, $2, $3, 1, 1, now(), 1, 5)`,
    [`att_${a.id}`, a.id, student.id],
  );

  const amy = await (await browser.newContext()).newPage();
  await signIn(amy, student);
  await amy.goto(`/assignments/${a.id}`);
  await expect(amy.getByText("Your result")).toBeVisible();
  await expect(amy.getByRole("button", { name: "Start another attempt" })).toHaveCount(0);

  await signIn(page, instructor);
  await page.goto(`/assignments/${a.id}`);
  await page.getByRole("button", { name: `Give an extension to ${student.name}` }).click();
  const editor = page.getByRole("group", { name: `Extension for ${student.name}` });
  await editor.getByLabel("Extra attempts").fill("1");
  await editor.getByRole("button", { name: "Save extension" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: student.name }).getByText("+1 attempt")).toBeVisible();

  await amy.reload();
  await expect(amy.getByText("You may make 1 more attempt than the class.")).toBeVisible();
  await amy.getByRole("button", { name: "Start another attempt" }).click();
  await expect(amy.getByText("0 of 4 answered")).toBeVisible();
});
