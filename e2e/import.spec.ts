import { expect, expectNoA11yViolations, signIn, sql, test } from "./support/fixtures";

const ESSAY = [
  "Recognition is a tool, not a reward. States recognise governments to deal with them, not to praise them.",
  "Critics say the U.S. position has failed. They point to years of isolation that changed nothing.",
  "A third paragraph closes the argument.",
].join("\n");

const ownedEssays = (ownerId: string) =>
  sql<{ title: string; slug: string }>(`SELECT title, slug FROM "Essay" WHERE "ownerId" = $1 ORDER BY "createdAt"`, [
    ownerId,
  ]);

test("an instructor pastes an essay, checks its passages and saves it; only they can see it", async ({
  page,
  instructor,
  student,
}) => {
  await signIn(page, instructor);
  await page.goto("/essays");
  await page.getByRole("link", { name: "Import an essay" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import an essay" })).toBeVisible();
  await expectNoA11yViolations(page);
  const title = `On recognition ${Date.now().toString(36)}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Author (optional)").fill("A. Columnist");
  await page.getByLabel("Essay text").fill(ESSAY);
  await page.getByRole("button", { name: "Show passages" }).click();
  await expect(page.getByText("3 paragraphs, 5 sentences.")).toBeVisible();
  // "U.S." does not end a sentence.
  await expect(page.getByRole("list", { name: "Paragraph 2 sentences" }).getByRole("listitem")).toHaveText([
    "s1Critics say the U.S. position has failed.",
    "s2They point to years of isolation that changed nothing.",
  ]);
  await expectNoA11yViolations(page);
  expect(await ownedEssays(instructor.id)).toEqual([]);
  await page.getByRole("button", { name: "Save essay" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Essay imported.")).toBeVisible();
  await expect(page.locator("#p2-s1")).toHaveText("Critics say the U.S. position has failed.");
  const [essay] = await ownedEssays(instructor.id);
  expect(essay!.title).toBe(title);
  await page.goto("/essays");
  await expect(page.getByRole("link", { name: title })).toBeVisible();

  // A student (or another instructor) cannot see the imported essay.
  await page.context().clearCookies();
  await signIn(page, student);
  await page.goto("/essays");
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  expect((await page.goto(`/essays/${essay!.slug}`))?.status()).toBe(404);
});

test("an instructor uploads a .md file; the title comes from the file name", async ({ page, instructor }) => {
  await signIn(page, instructor);
  await page.goto("/essays/import");
  await page.getByLabel("Upload a file").check();
  await page.getByLabel("Essay file (.txt or .md)").setInputFiles({
    name: "Sanctions and their limits.md",
    mimeType: "text/markdown",
    buffer: Buffer.from(
      "Sanctions rarely topple regimes. They hurt civilians first.\n\nDiplomacy needs channels.",
      "utf8",
    ),
  });
  await expect(page.getByLabel("Title")).toHaveValue("Sanctions and their limits");
  await page.getByRole("button", { name: "Show passages" }).click();
  await expect(page.getByText("2 paragraphs, 3 sentences.")).toBeVisible();
  await page.getByRole("button", { name: "Save essay" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sanctions and their limits" })).toBeVisible();
  await expect(page.locator("#p1-s2")).toHaveText("They hurt civilians first.");
  expect((await ownedEssays(instructor.id)).map((e) => e.title)).toEqual(["Sanctions and their limits"]);
});

test("empty, binary, oversized and non-UTF-8 imports show what to do and store nothing", async ({
  page,
  instructor,
}) => {
  await signIn(page, instructor);
  await page.goto("/essays/import");
  await page.getByLabel("Title").fill("Bad import");
  const error = page.locator("#essay-error");

  await page.getByRole("button", { name: "Show passages" }).click();
  await expect(error).toContainText("The essay is empty. Paste its text or choose a .txt or .md file");
  await expect(page.getByLabel("Essay text")).toHaveAttribute("aria-invalid", "true");
  await expectNoA11yViolations(page);

  await page.getByLabel("Upload a file").check();
  const file = page.getByLabel("Essay file (.txt or .md)");
  await file.setInputFiles({
    name: "scan.txt",
    mimeType: "text/plain",
    buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x00, 0x9c, 0xe2]),
  });
  await page.getByRole("button", { name: "Show passages" }).click();
  await expect(error).toContainText("This file is not plain text (it contains binary data).");

  await file.setInputFiles({
    name: "big.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("A sentence of the essay. ".repeat(10_000), "utf8"),
  });
  await page.getByRole("button", { name: "Show passages" }).click();
  await expect(error).toContainText("The essay is too large (245 kB). The limit is 200 kB of text");

  await file.setInputFiles({
    name: "latin1.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("Le café est fermé. Une autre phrase.", "latin1"),
  });
  await page.getByRole("button", { name: "Show passages" }).click();
  await expect(error).toContainText("This file is not UTF-8 text. Re-save it as UTF-8");
  await expect(page.getByRole("button", { name: "Save essay" })).toHaveCount(0);
  await expectNoA11yViolations(page);

  expect(await ownedEssays(instructor.id)).toEqual([]);
  expect(await sql(`SELECT id FROM "Essay" WHERE title = 'Bad import'`)).toEqual([]);
});

// Over 1 MB, Next refuses a server action's body before the action runs and the page shows its error
// screen: the form must catch a paste that large itself, as it does a file.
test("an essay pasted over the 1 MB transport limit is refused in the form with the size advice", async ({
  page,
  instructor,
}) => {
  await signIn(page, instructor);
  await page.goto("/essays/import");
  await page.getByLabel("Title").fill("Huge paste");
  await page.getByLabel("Essay text").fill("A sentence of the essay. ".repeat(45_000)); // 1,125,000 bytes
  await page.getByRole("button", { name: "Show passages" }).click();
  await expect(page.locator("#essay-error")).toContainText(
    "The essay is too large (1099 kB). The limit is 200 kB of text",
  );
  await expect(page.getByRole("heading", { name: "Something went wrong" })).toHaveCount(0);
  expect(await ownedEssays(instructor.id)).toEqual([]);
});
