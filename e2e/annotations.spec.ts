// Annotating the essay as students and the instructor do it: an instructor assigns a reading, two students
// (one on a laptop, one on a phone) annotate and reply, the instructor pins and hides (with undo), and a
// student annotates with the keyboard alone. Axe on every new screen.
import type { Browser, BrowserContextOptions, Page } from "@playwright/test";
import { createUser, expect, expectNoA11yViolations, signIn, sql, test, type TestUser } from "./support/fixtures";
import { enroll, seedClass, seedSet } from "./support/quiz-fixtures";

const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const laptop: BrowserContextOptions = { viewport: { width: 1366, height: 900 } };

async function open(browser: Browser, user: TestUser, url: string, opts: BrowserContextOptions = laptop) {
  const page = await (await browser.newContext({ baseURL: test.info().project.use.baseURL, ...opts })).newPage();
  await signIn(page, user);
  await page.goto(url);
  return page;
}

/** Selects `words` in the essay the way a mouse drag or a long-press does (the page reads selectionchange). */
async function selectInEssay(page: Page, words: string) {
  await page.getByRole("region", { name: "The essay" }).evaluate((root, w) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const at = t.textContent!.indexOf(w);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(t, at);
      range.setEnd(t, at + w.length);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return;
    }
    throw new Error(`"${w}" not in the essay`);
  }, words);
}

const ESSAY = "moscows-geopolitical-gamble";
async function sentence(paragraph: number, n: number) {
  const [p] = await sql<{ text: string }>(
    `SELECT p.text FROM "Passage" p JOIN "Essay" e ON e.id = p."essayId" WHERE e.slug = $1 AND paragraph = $2 AND sentence = $3`,
    [ESSAY, paragraph, n],
  );
  return p!.text;
}
const words = (text: string, from: number, count: number) =>
  text
    .split(/\s+/)
    .slice(from, from + count)
    .join(" ");

test("an instructor assigns a reading; two students annotate and reply on a laptop and a phone; the instructor pins and hides", async ({
  browser,
  instructor,
  student,
}) => {
  // Four browser contexts and five axe runs: slow on a loaded machine, whatever the app does.
  test.setTimeout(600_000);
  const bea = await createUser("STUDENT", "Bea Phone");
  const cls = await seedClass(instructor.id);
  await enroll(cls.id, student.id);
  await enroll(cls.id, bea.id);
  await seedSet(instructor.id, "Reading set");
  const [essay] = await sql<{ title: string }>(`SELECT title FROM "Essay" WHERE slug = $1`, [ESSAY]);

  const teacher = await open(browser, instructor, `/classes/${cls.id}/assignments/new`);
  const form = teacher.getByRole("form", { name: "Read and annotate" });
  await form.getByLabel("Essay to read").selectOption({ label: `${essay!.title} (from “Reading set”)` });
  await form.getByLabel("Name of this reading (optional)").fill("Annotate the Moscow essay");
  await form.getByRole("button", { name: "Assign the reading" }).click();
  await expect(form.getByText("Set a due date.")).toBeVisible();
  await form.getByLabel("Due").fill("2099-06-01T17:00");
  await form.getByLabel("At least … annotations").fill("1");
  await form.getByLabel("spread over … paragraphs").fill("1");
  await form.getByLabel("and … replies").fill("1");
  await form.getByLabel("Participation points (optional)").fill("5");
  await expectNoA11yViolations(teacher);
  await form.getByRole("button", { name: "Assign the reading" }).click();
  await expect(teacher).toHaveURL(/\/assignments\/[^/]+\/read$/);
  await expect(teacher.getByRole("heading", { name: essay!.title, level: 1 })).toBeVisible();
  const readUrl = new URL(teacher.url()).pathname;
  const assignmentUrl = readUrl.replace(/\/read$/, "");

  // Ada, on a laptop, opens the assignment and lands on the reading with the expectation and score rule.
  const ada = await open(browser, student, assignmentUrl);
  await expect(ada).toHaveURL(new RegExp(`${readUrl}$`));
  await expect(ada.getByText("Add at least 1 annotation, and write at least 1 reply to a classmate.")).toBeVisible();
  await expect(ada.getByText(/Participation is worth 5 points/)).toBeVisible();
  await expect(ada.getByText("No annotations yet.")).toBeVisible();
  const s1 = await sentence(1, 1);
  const adaWords = words(s1, 1, 4);
  await selectInEssay(ada, adaWords);
  const composer = ada.getByRole("region", { name: "Annotate the selected words" });
  await expect(composer).toContainText(adaWords);
  await composer.getByRole("button", { name: "Comment" }).click();
  await composer.getByRole("button", { name: "Save comment" }).click();
  await expect(composer.getByRole("alert")).toHaveText("Write a comment.");
  await composer.getByLabel("Your comment").fill("This is the claim the whole essay defends.");
  await composer.getByRole("button", { name: "Save comment" }).click();
  await expect(ada.getByRole("status").filter({ hasText: "Annotation added." })).toBeVisible();
  const adaNote = ada.getByRole("article", { name: new RegExp(`Comment by ${student.name}`) });
  await expect(adaNote).toContainText("This is the claim the whole essay defends.");
  await expect(ada.locator("mark[data-annotation-ids]")).toHaveText(adaWords);
  await expect(
    ada.getByRole("button", { name: new RegExp(`^Annotation 1, Comment by ${student.name}`) }),
  ).toBeVisible();
  await expectNoA11yViolations(ada);

  // Bea, on a phone, sees nobody's notes until she adds her own ("I'm confused here"), then replies to Ada.
  const bee = await open(browser, bea, readUrl, phone);
  await expect(bee.getByText(/Add your own annotation first/)).toBeVisible();
  await expect(bee.getByText("This is the claim the whole essay defends.")).toHaveCount(0);
  await expectNoA11yViolations(bee);
  const s2 = await sentence(2, 1);
  const beaWords = words(s2, 0, 3);
  await selectInEssay(bee, beaWords);
  const sheet = bee.getByRole("region", { name: "Annotate the selected words" });
  await expect(sheet).toBeInViewport();
  await sheet.getByRole("button", { name: "I’m confused here" }).click();
  await sheet.getByLabel("What confuses you? (optional)").fill("Who is meant by this?");
  await expectNoA11yViolations(bee);
  await bee.screenshot({ path: test.info().outputPath("annotate-phone-sheet.png") });
  await sheet.getByRole("button", { name: "Save question" }).click();
  await expect(bee.getByText("Who is meant by this?")).toBeVisible();
  const seenByBea = bee.getByRole("article", { name: new RegExp(`Comment by ${student.name}`) });
  await expect(seenByBea).toContainText("This is the claim the whole essay defends.");
  await seenByBea.getByLabel("Reply to annotation 1").fill("Agreed, and paragraph 2 backs it up.");
  await seenByBea.getByRole("button", { name: "Reply" }).click();
  await expect(seenByBea.getByRole("list", { name: "Replies to annotation 1" })).toContainText(
    "Agreed, and paragraph 2 backs it up.",
  );
  await expect(bee.getByText("Done: you have met the expectation.")).toBeVisible();
  await bee.screenshot({ path: test.info().outputPath("annotate-phone.png"), fullPage: true });

  // Ada sees Bea's question and her reply.
  await ada.reload();
  await expect(ada.getByText("Who is meant by this?")).toBeVisible();
  await expect(adaNote).toContainText("Agreed, and paragraph 2 backs it up.");

  // The instructor sees both with names and counts, answers, pins Ada's comment and hides Bea's question (then undoes).
  await teacher.reload();
  const table = teacher.getByRole("table");
  await expect(table.getByRole("row", { name: new RegExp(bea.name) })).toContainText("1");
  const question = teacher.getByRole("article", { name: /I’m confused here by Bea Phone/ });
  await question.getByLabel("Reply to annotation 2").fill("It means the Kremlin's advisers.");
  await question.getByRole("button", { name: "Answer" }).click();
  await expect(question).toContainText("It means the Kremlin's advisers.");
  const comment = teacher.getByRole("article", { name: new RegExp(`Comment by ${student.name}`) });
  await comment.getByRole("button", { name: "Pin" }).click();
  await expect(comment.getByText("Pinned")).toBeVisible();
  await question.getByRole("button", { name: "Hide" }).click();
  await expect(question.getByText("Hidden from students")).toBeVisible();
  await expectNoA11yViolations(teacher);
  await teacher.screenshot({ path: test.info().outputPath("annotate-laptop.png"), fullPage: true });
  await ada.reload();
  await expect(ada.getByText("Who is meant by this?")).toHaveCount(0);
  await expect(adaNote.getByText("Pinned")).toBeVisible();
  await teacher.getByRole("button", { name: "Undo" }).click();
  await expect(teacher.getByText("Undone: shown to students again.")).toBeVisible();
  await expect(question.getByText("Hidden from students")).toHaveCount(0);
  await ada.reload();
  await expect(ada.getByText("Who is meant by this?")).toBeVisible();
  await expect(ada.getByText("It means the Kremlin's advisers.")).toBeVisible();
});

test("a student annotates with the keyboard alone, and the marker names the annotation", async ({
  page,
  instructor,
  student,
}) => {
  test.setTimeout(180_000);
  const cls = await seedClass(instructor.id);
  await enroll(cls.id, student.id);
  const set = await seedSet(instructor.id);
  const [essay] = await sql<{ id: string }>(`SELECT id FROM "Essay" WHERE slug = $1`, [ESSAY]);
  const [a] = await sql<{ id: string }>(
    `INSERT INTO "Assignment" (id, "classId", "setId", title, "closesAt") VALUES ('asg_' || md5(random()::text), $1, $2, 'Keys reading', now() + interval '7 days') RETURNING id`,
    [cls.id, set.setId],
  );
  await sql(
    `INSERT INTO "ReadingTask" ("assignmentId", "essayId", "minAnnotations", "minParagraphs") VALUES ($1, $2, 1, 1)`,
    [a!.id, essay!.id],
  );
  await signIn(page, student);
  await page.goto(`/assignments/${a!.id}/read`);
  const s1 = await sentence(1, 1);

  await page.getByRole("button", { name: "Select with keys" }).focus();
  await page.keyboard.press("Enter");
  const essayBox = page.getByRole("application", { name: "Essay: choose words with the arrow keys" });
  await expect(essayBox).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Shift+ArrowRight");
  const chosen = words(s1, 1, 3);
  await expect(page.locator("mark[data-selected]")).toHaveText(chosen);
  await expect(page.locator("#reading-announcer")).toHaveText(`Selected: ${chosen}`);
  await expectNoA11yViolations(page);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Highlight" })).toBeFocused();
  await page.keyboard.press("Enter");
  const item = page.getByRole("article", { name: new RegExp(`Highlight by ${student.name}`) });
  await expect(item).toContainText(chosen);
  await expect(page.locator("li:focus")).toContainText(chosen);
  await expect(page.getByText("Done: you have met the expectation.")).toBeVisible();
  const marker = page.getByRole("button", { name: `Annotation 1, Highlight by ${student.name} (you) on “${chosen}”` });
  await expect(marker).toBeVisible();
  await marker.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("li:focus")).toContainText(chosen);
  await expectNoA11yViolations(page);
});
