// Question banks bigger than a server action takes (Next caps those at 1 MB): a 5 MB Moodle export with embedded
// images imports through the browser, with its visible states; a 21 MB file is refused before it is sent.
import type { Page } from "@playwright/test";
import { largeMoodleBank } from "../lib/interop/test-support/large-moodle-bank";
import { expect, expectNoA11yViolations, signIn, sql, test } from "./support/fixtures";

const QUESTIONS = 40;
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name) });

/** Records each state the upload form passes through (its button, and its status line), from now on: the states
 *  pass too fast on loopback to be caught by polling. */
async function recordStates(page: Page) {
  await page.evaluate(() => {
    const form = document.getElementById("bank-file")!.closest("form")!;
    const seen: string[] = [];
    (window as unknown as { statesSeen: string[] }).statesSeen = seen;
    new MutationObserver(() => {
      const button = form.querySelector("button")!;
      const t = `${button.textContent}${button.disabled ? " (disabled)" : ""} / ${form.querySelector("[role=status]")!.textContent}`;
      if (seen.at(-1) !== t) seen.push(t);
    }).observe(form, { childList: true, characterData: true, subtree: true, attributes: true });
  });
  return () => page.evaluate(() => (window as unknown as { statesSeen: string[] }).statesSeen);
}

for (const viewport of [
  { name: "laptop", size: { width: 1366, height: 900 } },
  { name: "phone", size: { width: 390, height: 844 } },
])
  test(`a 5 MB Moodle XML bank with images imports with a preview (${viewport.name})`, async ({ page, instructor }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport.size);
    const tag = `${viewport.name}-${instructor.id.slice(-6)}`;
    const file = largeMoodleBank({ questions: QUESTIONS, imageBytes: 96 * 1024, tag });
    expect(file.length).toBeGreaterThan(5 * 1024 * 1024);
    await signIn(page, instructor);
    await page.goto("/sets/import");
    await expect(page.getByLabel(/Question-bank file .*up to 20 MB/)).toBeVisible();
    await page.getByLabel(/Question-bank file/).setInputFiles({
      name: "large-moodle-bank.xml",
      mimeType: "application/xml",
      buffer: file,
    });

    const sent: string[] = [];
    page.on("request", (r) => void (r.url().includes("/api/sets/import") && sent.push(r.method())));
    const statesSeen = await recordStates(page);
    await page.getByRole("button", { name: "Preview questions" }).click();

    const list = page.getByRole("list", { name: "Questions to import" });
    await expect(list.locator(":scope > li")).toHaveCount(QUESTIONS);
    await expect(page.getByText(`${QUESTIONS} of ${QUESTIONS} questions ready to import`)).toBeVisible();
    await expect(list.getByText(`Large bank ${tag}: what does figure 1 show`)).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole("heading", { name: "Preview of large-moodle-bank.xml" }).scrollIntoViewIfNeeded();
    await shot(page, `bank-upload-preview-${viewport.name}.png`);
    await page.getByRole("heading", { name: "Where to put them" }).scrollIntoViewIfNeeded();
    await shot(page, `bank-upload-confirm-${viewport.name}.png`);
    // One request carried the file (all of it: the last question is there); the form said what was happening.
    expect(sent).toEqual(["POST"]);
    await expect(list.getByText(`Large bank ${tag}: what does figure ${QUESTIONS} show`)).toBeVisible();
    const seen = await statesSeen();
    expect(seen[0]).toMatch(/^Uploading… \(disabled\) \/ Uploading large-moodle-bank\.xml… \d+%$/);
    expect(seen.slice(1)).toContain("Reading… (disabled) / Reading the questions…");
    expect(seen.at(-1)).toBe("Preview questions / ");
    // The preview stored nothing.
    expect(await sql(`SELECT id FROM "QuestionSet" WHERE "ownerId" = $1`, [instructor.id])).toEqual([]);

    await page.getByLabel("Title of the new set").fill(`Large bank ${tag}`);
    await page.getByRole("button", { name: `Import ${QUESTIONS} questions` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Large bank ${tag}` })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("heading", { name: `Questions (${QUESTIONS})` })).toBeVisible();
    const [saved] = await sql<{ n: string }>(
      `SELECT count(*) AS n FROM "Question" q JOIN "QuestionSet" s ON s.id = q."setId" WHERE s."ownerId" = $1`,
      [instructor.id],
    );
    expect(Number(saved!.n)).toBe(QUESTIONS);
  });

test("a 21 MB file is refused with the limit before it is sent, and nothing is stored", async ({
  page,
  instructor,
}) => {
  await signIn(page, instructor);
  await page.goto("/sets/import");
  const sent: string[] = [];
  page.on("request", (r) => void (r.url().includes("/api/sets/import") && sent.push(r.url())));
  const big = Buffer.alloc(21 * 1024 * 1024, 0x20);
  big.write('<?xml version="1.0"?><quiz>');
  await page
    .getByLabel(/Question-bank file/)
    .setInputFiles({ name: "huge.xml", mimeType: "application/xml", buffer: big });
  await page.getByRole("button", { name: "Preview questions" }).click();
  const alert = page.locator("#bank-error").getByRole("alert");
  await expect(alert).toHaveText(
    "This file is 21.0 MB; the most one import takes is 20 MB. Export fewer questions at a time, or leave out large images.",
  );
  await expect(page.getByLabel(/Question-bank file/)).toHaveAttribute("aria-invalid", "true");
  await expectNoA11yViolations(page);
  await shot(page, "bank-upload-too-large.png");
  expect(sent).toEqual([]);
  expect(await sql(`SELECT id FROM "QuestionSet" WHERE "ownerId" = $1`, [instructor.id])).toEqual([]);
});
