import fs from "node:fs";
import { expect, expectNoA11yViolations, signIn, sql, test } from "./support/fixtures";

test("an instructor exports a built-in set as QTI 3, imports the file with a preview, and gets the same questions", async ({
  page,
  instructor,
}) => {
  const [set] = await sql<{ id: string; title: string }>(
    `SELECT id, title FROM "QuestionSet" WHERE "builtIn" ORDER BY title LIMIT 1`,
  );
  const prompts = await sql<{ prompt: string }>(`SELECT prompt FROM "Question" WHERE "setId" = $1 ORDER BY position`, [
    set!.id,
  ]);
  await signIn(page, instructor);
  await page.goto(`/sets/${set!.id}`);
  await page.getByText("Export", { exact: true }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "QTI 3.0 package (.zip)" }).click();
  const file = await (await download).path();
  expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe("PK");

  await page.goto("/sets");
  await page.getByRole("link", { name: "Import questions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import questions" })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByLabel(/Question-bank file/).setInputFiles({
    name: "bank.zip",
    mimeType: "application/zip",
    buffer: fs.readFileSync(file),
  });
  await page.getByRole("button", { name: "Preview questions" }).click();
  const list = page.getByRole("list", { name: "Questions to import" });
  await expect(list.locator(":scope > li")).toHaveCount(prompts.length);
  await expect(list.getByRole("list", { name: "Cited passages" }).first()).toBeVisible();
  await expectNoA11yViolations(page);
  const before = await sql(`SELECT id FROM "QuestionSet" WHERE "ownerId" = $1`, [instructor.id]);
  expect(before).toEqual([]);

  await page.getByLabel("Title of the new set").fill("Imported by e2e");
  await page.getByRole("button", { name: `Import ${prompts.length} questions` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Imported by e2e" })).toBeVisible();
  await expect(page.getByRole("heading", { name: `Questions (${prompts.length})` })).toBeVisible();
  await expect(page.getByText(prompts[0]!.prompt).first()).toBeVisible();
});

test("a bad file is refused with a reason and stores nothing", async ({ page, instructor }) => {
  await signIn(page, instructor);
  await page.goto("/sets/import");
  await page.getByLabel(/Question-bank file/).setInputFiles({
    name: "evil.xml",
    mimeType: "application/xml",
    buffer: Buffer.from('<?xml version="1.0"?><!DOCTYPE q [<!ENTITY x SYSTEM "file:///etc/passwd">]><quiz>&x;</quiz>'),
  });
  await page.getByRole("button", { name: "Preview questions" }).click();
  await expect(page.locator("#bank-error").getByRole("alert")).toContainText("DOCTYPE");
  expect(await sql(`SELECT id FROM "QuestionSet" WHERE "ownerId" = $1`, [instructor.id])).toEqual([]);
});

test("a question whose picture is left out says so in the preview, quoting the picture's description", async ({
  page,
  instructor,
}) => {
  await signIn(page, instructor);
  await page.goto("/sets/import");
  await page.getByLabel(/Question-bank file/).setInputFiles({
    name: "sign.gift",
    mimeType: "text/plain",
    buffer: Buffer.from(
      '::Sign:: [html]<p>What does the sign say?</p><img src\\="@@PLUGINFILE@@/sign.png" alt\\="No entry"> {=Stop ~Go ~Wait}\n',
    ),
  });
  await page.getByRole("button", { name: "Preview questions" }).click();
  const list = page.getByRole("list", { name: "Questions to import" });
  await expect(list.locator(":scope > li")).toHaveCount(1);
  await expect(list).toContainText(
    "The question text had a picture (“No entry”), which we leave out: describe it in the question before saving",
  );
  await expectNoA11yViolations(page);
});
