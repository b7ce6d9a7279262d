import { expect, expectNoA11yViolations, signIn, sql, test } from "./support/fixtures";

test("an instructor drafts questions from an essay, accepts some into a new set, discards one and edits another", async ({
  page,
  instructor,
}) => {
  await signIn(page, instructor);
  await page.goto("/essays/moscows-geopolitical-gamble");
  await page.getByRole("link", { name: "Draft questions from this essay" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Draft questions" })).toBeVisible();
  const drafts = page
    .getByRole("list", { name: "Drafts" })
    .getByRole("listitem")
    .filter({ hasText: /^Draft \d+/ });
  // The page streams in after a "drafting…" loading state: wait for the drafts themselves before counting.
  await expect(page.getByText(/drafts left to review\.$/)).toBeVisible();
  await expect(drafts.first()).toBeVisible();
  const count = await drafts.count();
  expect(count).toBeGreaterThanOrEqual(4);
  // Every draft cites its passage.
  for (let i = 0; i < count; i++)
    await expect(drafts.nth(i).getByRole("group", { name: "Cited passage" })).toContainText("Cites ¶");
  await expect(page.getByText(`${count} of ${count} drafts left to review.`)).toBeVisible();
  await expectNoA11yViolations(page);

  // Each draft says which rule made it.
  await expect(drafts.first().getByText(/^Why this draft: Rule “/)).toBeVisible();
  // No set is chosen for the teacher: accepting first asks for one.
  await expect(page.getByLabel("Question set")).toHaveValue("");
  await page.getByRole("button", { name: "Accept draft 1", exact: true }).click();
  await expect(drafts.nth(0).getByText("Choose the set this question goes to first.")).toBeVisible();
  await page.getByLabel("Question set").selectOption("new");
  await page.getByLabel("New set title").fill("Drafted from Mehr");
  const prompt1 = (await drafts.nth(0).getByRole("heading", { level: 3 }).textContent())!;
  await page.getByRole("button", { name: "Accept draft 1", exact: true }).click();
  await expect(drafts.nth(0).getByText("Added to Drafted from Mehr.")).toBeVisible();
  await expect(page.getByLabel("Question set")).toHaveValue(/.+/);
  await expect(page.getByLabel("Question set").locator("option:checked")).toHaveText("Drafted from Mehr");

  await page.getByRole("button", { name: "Discard draft 2", exact: true }).click();
  await expect(page.getByText(/^Draft 2 discarded/)).toBeVisible();
  await page.getByRole("button", { name: "Undo discard of draft 2" }).click();
  await page.getByRole("button", { name: "Discard draft 2", exact: true }).click();
  await page.getByRole("button", { name: "Accept draft 3", exact: true }).click();
  await expect(drafts.nth(2).getByText("Added to Drafted from Mehr.")).toBeVisible();
  await expect(page.getByText(`${count - 3} of ${count} drafts left to review.`)).toBeVisible();
  await expectNoA11yViolations(page);

  const sets = await sql<{ id: string }>(`SELECT id FROM "QuestionSet" WHERE "ownerId" = $1`, [instructor.id]);
  expect(sets).toHaveLength(1);
  const rows = await sql<{ prompt: string; cites: string }>(
    `SELECT q.prompt, count(qp."passageId") AS cites FROM "Question" q JOIN "QuestionPassage" qp ON qp."questionId" = q.id WHERE q."setId" = $1 GROUP BY q.id ORDER BY q.position`,
    [sets[0]!.id],
  );
  expect(rows).toHaveLength(2);
  expect(rows[0]!.prompt).toBe(prompt1);
  expect(rows.every((r) => Number(r.cites) >= 1)).toBe(true);
  const essays = await sql<{ slug: string }>(
    `SELECT e.slug FROM "QuestionSetEssay" se JOIN "Essay" e ON e.id = se."essayId" WHERE se."setId" = $1`,
    [sets[0]!.id],
  );
  expect(essays.map((e) => e.slug)).toContain("moscows-geopolitical-gamble");

  // Edit: the draft is added to the set and opens in the editor, its citation already selected.
  const prompt4 = (await drafts.nth(3).getByRole("heading", { level: 3 }).textContent())!;
  await page.getByRole("button", { name: "Edit draft 4", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Edit question" })).toBeVisible();
  await expect(page.getByLabel("Question", { exact: true })).toHaveValue(prompt4);
  await expect(page.getByRole("list", { name: "Cited passages" }).getByRole("listitem")).not.toHaveCount(0);
  await page.getByLabel("Points").fill("2");
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByText("Question saved.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Questions (3)" })).toBeVisible();
});

test("the teacher chooses how many drafts and which kinds, accepts one and sees its citation on the set page", async ({
  page,
  instructor,
}) => {
  await signIn(page, instructor);
  await page.goto("/essays/moscows-geopolitical-gamble/drafts");
  const options = page.getByRole("form", { name: "Draft options" });
  await expect(options).toBeVisible();
  await options.getByLabel("How many drafts").fill("3");
  for (const kind of [
    "Key term (fill the blank)",
    "Evidence for a claim (inference)",
    "Which essay says this (compare essays)",
  ])
    await options.getByLabel(kind).uncheck();
  await options.getByRole("button", { name: "Draft again" }).click();
  await expect(page).toHaveURL(/count=3/);
  await expect(page.getByText("3 of 3 drafts left to review.")).toBeVisible();
  const drafts = page
    .getByRole("list", { name: "Drafts" })
    .getByRole("listitem")
    .filter({ hasText: /^Draft \d+/ });
  for (let i = 0; i < 3; i++)
    await expect(drafts.nth(i)).toContainText(/Main idea of a paragraph|Name, place or number/);
  await expectNoA11yViolations(page);

  await page.getByLabel("Question set").selectOption("new");
  await page.getByLabel("New set title").fill("Chosen kinds");
  await page.getByRole("button", { name: "Accept draft 1", exact: true }).click();
  await drafts.nth(0).getByRole("link", { name: "Chosen kinds" }).click();
  await expect(page.getByRole("heading", { name: "Questions (1)" })).toBeVisible();
  await expect(page.getByText(/^Cites ¶\d/)).toBeVisible();
  await expectNoA11yViolations(page);
});
