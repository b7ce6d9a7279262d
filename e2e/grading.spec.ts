import { expect, expectNoA11yViolations, signIn, sql, test } from "./support/fixtures";
import { SECRETS, enroll, seedAssignment, seedClass, seedDebateSet, seedSet } from "./support/quiz-fixtures";

test("the instructor grades a short answer from the queue and the student sees the grade and feedback", async ({
  page,
  browser,
  instructor,
  student,
}) => {
  test.setTimeout(120_000); // two browsers, a grade saved, undone and saved again, and four axe scans
  const cls = await seedClass(instructor.id);
  const set = await seedSet(instructor.id);
  const a = await seedAssignment(cls.id, set.setId, { title: "Essay response" });
  await enroll(cls.id, student.id);

  // The student answers the short answer question only and submits.
  await signIn(page, student);
  await page.goto(`/assignments/${a.id}`);
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page
    .getByRole("textbox", { name: "Your answer" })
    .fill(`Recognition gives Moscow ${SECRETS.keyword} over its neighbours.`);
  await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
  await page.getByRole("button", { name: "Submit answers" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Submit now" }).click();
  await expect(page.getByText("Awaiting grading")).toBeVisible();
  await expect(page.getByTestId("attempt-score")).toHaveText("0 / 5 points");

  const teacher = await (await browser.newContext()).newPage();
  await signIn(teacher, instructor);
  // The dashboard says what waits for a grade and leads to the queue.
  await teacher.goto("/dashboard");
  await expect(
    teacher
      .getByRole("region", { name: "Recent assignments" })
      .getByRole("listitem")
      .filter({ hasText: "Essay response" }),
  ).toContainText("1 of 1 submitted");
  await expectNoA11yViolations(teacher);
  await teacher.getByRole("link", { name: "1 answer to grade" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Grading" })).toBeVisible();
  await teacher.goto(`/assignments/${a.id}`);
  await expect(teacher.getByRole("heading", { name: "Students: 1 of 1 submitted" })).toBeVisible();
  await teacher.getByRole("link", { name: "Grade 1 answer" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Grading" })).toBeVisible();
  await expect(teacher.getByText("1 answer to grade")).toBeVisible();
  await expect(teacher.getByText(`Recognition gives Moscow ${SECRETS.keyword} over its neighbours.`)).toBeVisible();
  await expect(teacher.getByText(SECRETS.rubric)).toBeVisible();
  await expect(teacher.getByText("Keywords found: 1 of 2")).toBeVisible();
  await expect(teacher.getByText(/Russia’s decision to formally recognize the Taliban/)).toBeVisible();
  await expectNoA11yViolations(teacher);

  await teacher.getByLabel(`Score for ${student.name} (out of 2)`).fill("3");
  await teacher.getByRole("button", { name: "Save grade" }).click();
  await expect(teacher.getByText("This question is worth 2 points: give at most that.")).toBeVisible();
  await teacher.getByLabel(`Score for ${student.name} (out of 2)`).fill("1.5");
  await teacher.getByLabel(`Feedback for ${student.name}`).fill("Good point on leverage; say more about security.");
  await teacher.getByRole("button", { name: "Save grade" }).click();
  await expect(teacher.getByText("Grade saved.")).toBeVisible();
  await expect(teacher.getByText("0 answers to grade")).toBeVisible();
  // The saved card stays where it was, with an Undo that puts the answer back in the queue, ungraded.
  await teacher.getByRole("button", { name: `Undo grade for ${student.name}` }).click();
  await expect(teacher.getByText("Grade undone.")).toBeVisible();
  await expect(teacher.getByText("1 answer to grade")).toBeVisible();
  await expect(teacher.getByLabel(`Score for ${student.name} (out of 2)`)).toHaveValue("");
  await expect(teacher.getByLabel(`Feedback for ${student.name}`)).toHaveValue("");
  await teacher.getByLabel(`Score for ${student.name} (out of 2)`).fill("1.5");
  await teacher.getByLabel(`Feedback for ${student.name}`).fill("Good point on leverage; say more about security.");
  await teacher.getByRole("button", { name: "Save grade" }).click();
  await expect(teacher.getByText("0 answers to grade")).toBeVisible();
  await expect(teacher.getByRole("button", { name: `Undo grade for ${student.name}` })).toBeVisible();
  if (process.env.SCREENSHOTS) {
    await teacher.setViewportSize({ width: 1366, height: 900 });
    await teacher.screenshot({ path: "test-results/grading-undo-laptop.png" });
  }
  await teacher.goto("/dashboard");
  await expect(
    teacher
      .getByRole("region", { name: "Recent assignments" })
      .getByRole("listitem")
      .filter({ hasText: "Essay response" }),
  ).toContainText("1 of 1 submitted");
  await expect(teacher.getByRole("link", { name: /to grade/ })).toHaveCount(0);
  await expectNoA11yViolations(teacher);

  await page.reload();
  const q = page.getByRole("region", { name: "Why might Moscow recognise the Taliban?" });
  await expect(q.getByText("1.5 / 2 points")).toBeVisible();
  await expect(q.getByText("Good point on leverage; say more about security.")).toBeVisible();
  await expect(page.getByTestId("attempt-score")).toHaveText("1.5 / 5 points");
  await page.goto("/dashboard");
  await expect(page.getByRole("region", { name: /Graded/ }).getByText("1.5 / 5 points")).toBeVisible();
  await expectNoA11yViolations(page);
});

test("a debate answer takes a side and cites passages; the grader sees the cited evidence", async ({
  page,
  browser,
  instructor,
  student,
}) => {
  const cls = await seedClass(instructor.id);
  const set = await seedDebateSet(instructor.id);
  const a = await seedAssignment(cls.id, set.setId, { title: "Debate: recognition" });
  await enroll(cls.id, student.id);
  await signIn(page, student);
  await page.goto(`/assignments/${a.id}`);
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.getByLabel("Recognition backfires").check();
  await page.getByLabel("Your argument").fill("It isolates Moscow's old allies in the north.");
  // Every sentence of the set's essays can be cited.
  await page.getByRole("checkbox", { name: /Afghan opposition groups once relied upon/ }).check();
  await expect(page.getByText("1 of 1 answered")).toBeVisible();
  await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
  await expectNoA11yViolations(page);
  const cited = await sql(
    `SELECT p.paragraph, p.sentence FROM "ResponseCitation" c JOIN "Response" r ON r.id = c."responseId" JOIN "Passage" p ON p.id = c."passageId" WHERE r."questionId" = $1`,
    [set.questionId],
  );
  expect(cited).toEqual([{ paragraph: 1, sentence: 1 }]);
  await page.getByRole("button", { name: "Submit answers" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Submit now" }).click();
  await expect(page.getByText("Awaiting grading")).toBeVisible();
  await expect(page.getByText("Stance: Recognition backfires")).toBeVisible();
  // The result sends the evidence the student cited, not every sentence they could have cited.
  const result = await (await page.request.get(`/assignments/${a.id}`)).text();
  expect(result).toContain("Afghan opposition groups once relied upon");
  expect(result).not.toContain("Over the past four years, many anti-Taliban groups");

  const teacher = await (await browser.newContext()).newPage();
  await signIn(teacher, instructor);
  await teacher.goto(`/assignments/${a.id}/grade`);
  await expect(teacher.getByText("Stance: Recognition backfires")).toBeVisible();
  await expect(teacher.getByText("Evidence the student cited")).toBeVisible();
  await expect(teacher.getByText("Takes a side and cites the text")).toBeVisible();
  await teacher.getByLabel(`Score for ${student.name} (out of 4)`).fill("4");
  await teacher.getByRole("button", { name: "Save grade" }).click();
  await expect(teacher.getByText("Grade saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("attempt-score")).toHaveText("4 / 4 points");
});

test("the instructor overrides an automatic score on a student's attempt page; the total and the gradebook follow", async ({
  page,
  instructor,
  student,
}) => {
  const cls = await seedClass(instructor.id);
  const set = await seedSet(instructor.id);
  const a = await seedAssignment(cls.id, set.setId, { title: "Spelling slip" });
  await enroll(cls.id, student.id);
  // A submitted attempt: Q1 right, Q3 (cloze) misspelt so auto-graded 0, Q4 (short answer) not graded yet.
  const attemptId = `${a.id}-att`;
  await sql(
    `INSERT INTO "Attempt" (id, "assignmentId", "studentId", number, "submittedAt", score, "maxScore") VALUES ($1, $2, $3, 1, now(), 1, 5)`,
    [attemptId, a.id, student.id],
  );
  const answers: [number, unknown, number | null][] = [
    [0, { choiceId: "c1" }, 1],
    [2, { text: "Zanzibarwrod" }, 0],
    [3, { text: "Recognition buys leverage." }, null],
  ];
  for (const [qi, answer, auto] of answers)
    await sql(
      `INSERT INTO "Response" (id, "attemptId", "questionId", answer, "autoScore", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`,
      [`${attemptId}-r${qi}`, attemptId, set.questionIds[qi], JSON.stringify(answer), auto],
    );

  await signIn(page, instructor);
  await page.goto(`/classes/${cls.id}/report`);
  const gradebook = page.getByRole("table", { name: /Gradebook/ });
  await expect(gradebook.getByRole("link", { name: /^pending grading: open/ })).toHaveText("pending");
  await gradebook.getByRole("link", { name: /open .*attempt at Spelling slip/ }).click();

  await expect(page.getByRole("heading", { level: 1, name: student.name })).toBeVisible();
  await expect(page.getByText("1 / 5 marks")).toBeVisible();
  const cloze = page.getByRole("listitem").filter({ hasText: "Q3. Fill the blank." });
  await expect(cloze.getByText("0 / 1", { exact: true })).toBeVisible();
  await cloze.getByText("Change the grade or add feedback").click();
  await cloze.getByLabel(`Score for ${student.name} (out of 1)`).fill("1");
  await cloze.getByLabel(`Feedback for ${student.name}`).fill("A spelling slip: counted as right.");
  await cloze.getByRole("button", { name: "Save grade" }).click();
  await expect(cloze.getByText("Grade saved.")).toBeVisible();
  await expect(page.getByText("2 / 5 marks")).toBeVisible();
  await expect(cloze.getByText("1 / 1", { exact: true })).toBeVisible();
  await expect(cloze.getByText("set by you (automatic: 0)")).toBeVisible();

  // The ungraded short answer has its form open; a quarter point survives as 1.75 (the old page showed 1.8).
  const short = page.getByRole("listitem").filter({ hasText: "Q4. Why might Moscow recognise the Taliban?" });
  await short.getByLabel(`Score for ${student.name} (out of 2)`).fill("1.75");
  await short.getByRole("button", { name: "Save grade" }).click();
  await expect(short.getByText("Grade saved.")).toBeVisible();
  await expect(page.getByText("3.75 / 5 marks")).toBeVisible();
  await expectNoA11yViolations(page);
  if (process.env.TEACHER_SCREENSHOTS) {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: "test-results/attempt-override-laptop.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/attempt-override-phone.png", fullPage: true });
    await page.setViewportSize({ width: 1366, height: 900 });
  }

  await page.goto(`/classes/${cls.id}/report`);
  await expect(gradebook.getByRole("link", { name: /open .*attempt at Spelling slip/ })).toHaveText("3.75");
  if (process.env.TEACHER_SCREENSHOTS) await page.screenshot({ path: "test-results/gradebook-laptop.png" });
  const csv = await (await page.request.get(`/classes/${cls.id}/gradebook.csv`)).text();
  expect(csv).toContain(`${student.email},3.75`);
});
