import { startInstance } from "../tests/support/live-http";
import { startLlmPeer } from "../tests/support/llm-peer";
import { expect, expectNoA11yViolations, PASSWORD, signIn, sql, test } from "./support/fixtures";

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
    "The author’s stance",
    "Cause and effect",
    "Evidence for a claim (inference)",
    "Which essay says this (compare essays)",
    "What two paired essays both discuss (compare)",
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

test("the teacher pairs two essays, accepts a cause-and-effect and a comparison draft, and sees their citations", async ({
  page,
  instructor,
}) => {
  await signIn(page, instructor);
  await page.goto("/essays/moscows-geopolitical-gamble/drafts");
  const options = page.getByRole("form", { name: "Draft options" });
  // a text field and a dropdown side by side are the same height (the dropdown was 3 px shorter)
  const [field, dropdown] = await Promise.all([
    options.getByLabel("How many drafts").boundingBox(),
    options.getByLabel("Pair with an essay (optional)").boundingBox(),
  ]);
  expect(dropdown!.height).toBeCloseTo(field!.height, 0);
  await options.getByLabel("How many drafts").fill("4");
  await options
    .getByLabel("Pair with an essay (optional)")
    .selectOption({ label: "Russia’s Engagement with the Taliban" });
  for (const box of await options.getByRole("checkbox").all()) await box.uncheck();
  await options.getByLabel("Cause and effect").check();
  await options.getByLabel("What two paired essays both discuss (compare)").check();
  await options.getByRole("button", { name: "Draft again" }).click();
  // Drafting from two essays takes seconds of NLP (more on a loaded machine): wait for the drafts themselves.
  await expect(page).toHaveURL(/with=russia-taliban-engagement/, { timeout: 60_000 });
  await expect(page.getByText(/drafts left to review\.$/)).toBeVisible({ timeout: 60_000 });
  await expect(
    page.getByText("Paired with “Russia’s Engagement with the Taliban”: some drafts compare the two."),
  ).toBeVisible();
  const drafts = page
    .getByRole("list", { name: "Drafts" })
    .getByRole("listitem")
    .filter({ hasText: /^Draft \d+/ });
  const cause = drafts.filter({ hasText: "Cause and effect" }).first();
  const compare = drafts.filter({ hasText: "What two paired essays both discuss" }).first();
  await expect(cause.getByRole("heading", { level: 3 })).toContainText("what is given as the reason for this");
  await expect(cause.getByText(/^Why this draft: Rule “cause and effect”: p\d+-s\d+/)).toBeVisible();
  // A comparison cites a sentence of each essay.
  await expect(compare.getByRole("group", { name: "Cited passage" }).getByRole("blockquote")).toHaveCount(2);
  await expectNoA11yViolations(page);

  await page.getByLabel("Question set").selectOption("new");
  await page.getByLabel("New set title").fill("Two essays compared");
  await cause.getByRole("button", { name: /^Accept draft \d+$/ }).click();
  await expect(cause.getByText("Added to Two essays compared.")).toBeVisible();
  await compare.getByRole("button", { name: /^Accept draft \d+$/ }).click();
  await expect(compare.getByText("Added to Two essays compared.")).toBeVisible();
  await compare.getByRole("link", { name: "Two essays compared" }).click();
  await expect(page.getByRole("heading", { name: "Questions (2)" })).toBeVisible();
  await expect(page.getByText(/^Cites ¶\d/).first()).toBeVisible();
  await expectNoA11yViolations(page);

  const essays = await sql<{ slug: string }>(
    `SELECT e.slug FROM "QuestionSetEssay" se JOIN "Essay" e ON e.id = se."essayId" JOIN "QuestionSet" s ON s.id = se."setId"
     WHERE s."ownerId" = $1 ORDER BY e.slug`,
    [instructor.id],
  );
  expect(essays.map((e) => e.slug)).toEqual(["moscows-geopolitical-gamble", "russia-taliban-engagement"]);
});

test("with a language model set up, the teacher may ask it too: junk is reported, its checked drafts are marked", async ({
  page,
  instructor,
}) => {
  test.setTimeout(120_000);
  // The app as its own `next start` with the drafter's variables set, against a loopback peer with recorded replies.
  const peer = await startLlmPeer();
  const app = await startInstance(process.env.DATABASE_URL!, {
    env: { DRAFTER_LLM_BASE_URL: peer.url, DRAFTER_LLM_MODEL: "good-model", DRAFTER_LLM_TIMEOUT_MS: "10000" },
  });
  try {
    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel("Email").fill(instructor.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/dashboard/);
    await page.goto(`${app.url}/essays/moscows-geopolitical-gamble/drafts?count=6`);
    const options = page.getByRole("form", { name: "Draft options" });
    const ask = options.getByLabel("Also ask the language model good-model");
    // Never the default: the box starts unticked and nothing is sent.
    await expect(ask).not.toBeChecked();
    await expect(page.getByText("6 of 6 drafts left to review.")).toBeVisible();
    expect(peer.requests).toHaveLength(0);

    peer.mode = "junk";
    await ask.check();
    await options.getByRole("button", { name: "Draft again" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "The language model" })).toHaveText(
      "The language model (good-model) gave no usable drafts: its reply is not the JSON that was asked for. The rule drafts below do not need it.",
    );
    await expect(page.getByText("6 of 6 drafts left to review.")).toBeVisible();
    await expectNoA11yViolations(page);

    peer.mode = null;
    await options.getByRole("button", { name: "Draft again" }).click();
    await expect(page.getByText("8 of 8 drafts left to review.")).toBeVisible();
    await expect(page.getByText(/^good-model suggested 2 drafts; 2 passed the checks/)).toBeVisible();
    const drafts = page
      .getByRole("list", { name: "Drafts" })
      .getByRole("listitem")
      .filter({ hasText: /^Draft \d+/ });
    const suggested = drafts.filter({ hasText: "Suggested by good-model" });
    await expect(suggested).toHaveCount(2);
    await expect(
      suggested.first().getByText(/^Why this draft: Rule “language model”: good-model suggested it/),
    ).toBeVisible();
    await expect(suggested.first().getByRole("group", { name: "Cited passage" })).toContainText("Cites ¶");
    await expectNoA11yViolations(page);

    await page.getByLabel("Question set").selectOption("new");
    await page.getByLabel("New set title").fill("With the model");
    await suggested
      .first()
      .getByRole("button", { name: /^Accept draft \d+$/ })
      .click();
    await expect(suggested.first().getByText("Added to With the model.")).toBeVisible();
    const rows = await sql<{ cites: string }>(
      `SELECT count(qp."passageId") AS cites FROM "Question" q JOIN "QuestionSet" s ON s.id = q."setId"
       JOIN "QuestionPassage" qp ON qp."questionId" = q.id WHERE s."ownerId" = $1 GROUP BY q.id`,
      [instructor.id],
    );
    expect(rows.map((r) => Number(r.cites))).toEqual([1]);
    expect(peer.requests.at(-1)).toMatchObject({ model: "good-model", response_format: { type: "json_schema" } });
  } finally {
    await app.stop();
    await peer.close();
  }
});
