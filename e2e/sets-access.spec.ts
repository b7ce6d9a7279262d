import { createUser, expect, expectNoA11yViolations, signIn, sql, test } from "./support/fixtures";

async function seedSet(opts: { ownerId: string | null; builtIn: boolean; title: string }) {
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const setId = `set${tag}`;
  const essay = await sql<{ id: string }>(`SELECT id FROM "Essay" WHERE slug = 'moscows-geopolitical-gamble'`);
  const passage = await sql<{ id: string }>(
    `SELECT id FROM "Passage" WHERE "essayId" = $1 AND paragraph = 1 AND sentence = 1`,
    [essay[0]!.id],
  );
  await sql(
    `INSERT INTO "QuestionSet" (id, title, "ownerId", "builtIn", "builtInKey", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`,
    [setId, opts.title, opts.ownerId, opts.builtIn, opts.builtIn ? `e2e-${tag}` : null],
  );
  await sql(`INSERT INTO "QuestionSetEssay" ("setId", "essayId") VALUES ($1, $2)`, [setId, essay[0]!.id]);
  await sql(
    `INSERT INTO "Question" (id, "setId", position, type, prompt, content, "answerKey", "updatedAt") VALUES ($1, $2, 0, 'TRUE_FALSE', 'Russia recognised the Taliban.', '{}', '{"correct": true}', now())`,
    [`q${tag}`, setId],
  );
  await sql(`INSERT INTO "QuestionPassage" ("questionId", "passageId") VALUES ($1, $2)`, [`q${tag}`, passage[0]!.id]);
  return setId;
}

test("a built-in set is read-only; duplicating it gives an editable copy with its questions and citations", async ({
  page,
  instructor,
}) => {
  const title = `Built-in drill ${Date.now().toString(36)}`;
  const setId = await seedSet({ ownerId: null, builtIn: true, title });
  await signIn(page, instructor);
  await page.goto("/sets");
  await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
  await page.getByRole("link", { name: `View ${title}`, exact: true }).click();
  await expect(page.getByText("Built-in sets are read-only.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Add a question" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Edit question 1" })).toHaveCount(0);
  await expectNoA11yViolations(page);
  // Even a hand-typed editor URL does not open the editor for a built-in set.
  await page.goto(`/sets/${setId}?q=new`);
  await expect(page.getByRole("heading", { name: "New question" })).toHaveCount(0);

  await page.getByRole("button", { name: "Duplicate to edit" }).click();
  await expect(page.getByText("This is your copy: edit it freely.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `Copy of ${title}` })).toBeVisible();
  await expect(page.getByText("Cites ¶1 s1")).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit question 1" })).toBeVisible();
  const copies = await sql<{ ownerId: string; builtIn: boolean }>(
    `SELECT "ownerId", "builtIn" FROM "QuestionSet" WHERE title = $1`,
    [`Copy of ${title}`],
  );
  expect(copies).toEqual([{ ownerId: instructor.id, builtIn: false }]);
});

test("an instructor never sees another instructor's set, and students cannot open the editor", async ({
  page,
  instructor,
  student,
}) => {
  const other = await createUser("INSTRUCTOR");
  const title = `Private set ${Date.now().toString(36)}`;
  const setId = await seedSet({ ownerId: other.id, builtIn: false, title });
  await signIn(page, instructor);
  await page.goto("/sets");
  await expect(page.getByRole("heading", { name: "Your sets" })).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);
  for (const path of [`/sets/${setId}`, `/sets/${setId}/preview`, `/sets/${setId}?q=new`]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
  await page.context().clearCookies();
  await signIn(page, student);
  await page.goto("/sets");
  await expect(page).toHaveURL(/\/dashboard\?denied=instructor/);
});
