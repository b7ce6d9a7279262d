// Read-aloud (issue 20): the essay page's Listen button reads sentence by sentence through the browser's speech
// engine. The engine's voice is stubbed (e2e/support/speech-stub.ts), the page is not: the test ends each sentence
// and checks what the page highlights, pauses, skips and asks the engine to say.
import type { Page } from "@playwright/test";
import { expect, expectNoA11yViolations, sql, test } from "./support/fixtures";
import { finishSentence, spoken, stubSpeech } from "./support/speech-stub";

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const ESSAY = "/essays/moscows-geopolitical-gamble";

async function sentences() {
  return sql<{ paragraph: number; sentence: number; text: string }>(
    `SELECT p.paragraph, p.sentence, p.text FROM "Passage" p JOIN "Essay" e ON e.id = p."essayId"
     WHERE e.slug = 'moscows-geopolitical-gamble' AND p.sentence > 0 ORDER BY p.paragraph, p.sentence LIMIT 4`,
  );
}
const reading = (page: Page) => page.locator('[aria-current="true"]');
const controls = (page: Page) => page.getByRole("region", { name: "Read aloud" });

test("Listen reads the essay sentence by sentence: highlight in order, pause, skip, speed, keys", async ({ page }) => {
  const s = await sentences();
  await stubSpeech(page);
  await page.goto(ESSAY);
  const bar = controls(page);
  await bar.getByRole("button", { name: "Listen" }).click();
  await expect(reading(page)).toHaveText(s[0]!.text);
  await expect(reading(page)).toHaveAttribute("id", `p${s[0]!.paragraph}-s${s[0]!.sentence}`);
  await expect(bar.getByText(/^Sentence 1 of \d+/)).toBeVisible();
  expect((await spoken(page))[0]).toEqual({ text: s[0]!.text, rate: 1, voice: "Stub English" });

  // The engine finishes a sentence: the next one is spoken and highlighted, one at a time.
  await finishSentence(page);
  await expect(reading(page)).toHaveText(s[1]!.text);
  await expect(reading(page)).toHaveCount(1);
  expect((await spoken(page)).map((x) => x.text)).toEqual([s[0]!.text, s[1]!.text]);

  // Pause: nothing more is spoken, even if the engine reports an end.
  await bar.getByRole("button", { name: "Pause" }).click();
  await expect(bar.getByRole("button", { name: "Resume" })).toBeVisible();
  await finishSentence(page);
  await expect(bar.getByText(/Sentence 2 of \d+ · paused/)).toBeVisible();
  expect(await spoken(page)).toHaveLength(2);
  await expect(reading(page)).toHaveText(s[1]!.text);

  // Skip while paused moves the place; Resume reads from there.
  await bar.getByRole("button", { name: "Next sentence" }).click();
  await expect(reading(page)).toHaveText(s[2]!.text);
  await bar.getByRole("button", { name: "Resume" }).click();
  await expect(bar.getByRole("button", { name: "Pause" })).toBeVisible();
  expect((await spoken(page)).at(-1)!.text).toBe(s[2]!.text);
  await bar.getByRole("button", { name: "Previous sentence" }).click();
  await expect(reading(page)).toHaveText(s[1]!.text);
  expect((await spoken(page)).at(-1)!.text).toBe(s[1]!.text);

  // Speed: the sentence again at the new rate, and every later one.
  await bar.getByLabel("Speed").selectOption("1.5");
  await expect
    .poll(async () => (await spoken(page)).at(-1))
    .toEqual({ text: s[1]!.text, rate: 1.5, voice: "Stub English" });
  await finishSentence(page);
  await expect(reading(page)).toHaveText(s[2]!.text);
  expect((await spoken(page)).at(-1)!.rate).toBe(1.5);

  // Keyboard, while focus is in the controls: L next, J back, - slower, K pause, Esc stop.
  await bar.getByRole("button", { name: "Pause" }).focus();
  await page.keyboard.press("l");
  await expect(reading(page)).toHaveText(s[3]!.text);
  await page.keyboard.press("j");
  await expect(reading(page)).toHaveText(s[2]!.text);
  await page.keyboard.press("-");
  await expect.poll(async () => (await spoken(page)).at(-1)!.rate).toBe(1.25);
  await expect(bar.getByLabel("Speed")).toHaveValue("1.25");
  await page.keyboard.press("k");
  await expect(bar.getByRole("button", { name: "Resume" })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.keyboard.press("Escape");
  await expect(reading(page)).toHaveCount(0);
  await expect(bar.getByRole("button", { name: "Listen" })).toBeFocused();
});

test("on a phone: touch-sized controls, the sentence kept in view, axe", async ({ browser }) => {
  const s = await sentences();
  const page = await (await browser.newContext(phone)).newPage();
  await stubSpeech(page);
  await page.goto(ESSAY);
  const listen = controls(page).getByRole("button", { name: "Listen" });
  await listen.tap();
  await expect(reading(page)).toHaveText(s[0]!.text);
  for (const name of ["Pause", "Previous sentence", "Next sentence", "Stop"]) {
    const box = (await controls(page).getByRole("button", { name }).boundingBox())!;
    expect(box.height, name).toBeGreaterThanOrEqual(44);
    expect(box.width, name).toBeGreaterThanOrEqual(44);
  }
  await controls(page).getByRole("button", { name: "Next sentence" }).tap();
  await finishSentence(page);
  await expect(reading(page)).toHaveText(s[2]!.text);
  await expect(reading(page)).toBeInViewport();
  await expectNoA11yViolations(page);
  if (process.env.SCREENSHOTS) await page.screenshot({ path: "test-results/read-aloud-phone.png" });
});

test("says so when the device has no voice, or the browser no speech engine", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await stubSpeech(page, { voices: false });
  await page.goto(ESSAY);
  await controls(page).getByRole("button", { name: "Listen" }).click();
  await expect(controls(page).getByRole("alert")).toContainText("No voice for reading aloud is installed");
  await expect(reading(page)).toHaveCount(0);
  expect(await spoken(page)).toEqual([]);
  await expectNoA11yViolations(page);

  const bare = await (await browser.newContext()).newPage();
  await stubSpeech(bare, { engine: false });
  await bare.goto(ESSAY);
  await controls(bare).getByRole("button", { name: "Listen" }).click();
  await expect(controls(bare).getByRole("alert")).toContainText("This browser cannot read aloud");
});
