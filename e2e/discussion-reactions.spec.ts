// One answer card and its replies as a student sees and uses them: who wrote what and when, the badges, the
// quoted passage, and the reaction toggles with their counts; on a laptop and on a phone.
import { createUser, expect, expectNoA11yViolations, signIn, test } from "./support/fixtures";
import { passage, seedAssignment, seedReply, submitAnswer } from "./support/discussion-data";

test("a student reacts to an answer and a reply; the card reads the same on a phone", async ({
  browser,
  instructor,
  student,
}) => {
  const ben = await createUser("STUDENT", "Ben Okafor");
  const cited = await passage("russia-taliban-engagement", 2, 1);
  const a = await seedAssignment({
    instructor,
    students: [student, ben],
    type: "SHORT_ANSWER",
    prompt: "What does Moscow want on the border?",
    content: {},
    cites: [cited],
  });
  await submitAnswer(a, student, { text: "Quiet borders." });
  const { responseId } = await submitAnswer(a, ben, { text: "A buffer against unrest." }, [cited.id]);
  await seedReply(a, instructor, responseId, "Read paragraph 2 again.", { minutesAgo: 5, pinned: true });

  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    const page = await (await browser.newContext({ viewport })).newPage();
    await signIn(page, student);
    await page.goto(`${a.url}/discussion`);
    const card = page.getByRole("article", { name: "Answer by Ben Okafor" });
    await expect(card).toContainText("A buffer against unrest.");
    await expect(card.getByRole("button", { name: /^Show passage ¶2 s1 in the essay/ })).toBeVisible();
    const reply = card.getByRole("listitem").filter({ hasText: "Read paragraph 2 again." });
    await expect(reply.getByText("Instructor", { exact: true })).toBeVisible();
    await expect(reply.getByText("Pinned", { exact: true })).toBeVisible();
    await expect(reply.locator("time")).toBeVisible();
    // Nothing on the card is wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await expectNoA11yViolations(page);
    if (viewport.width < 500) break;

    // The card's reactions (the first three buttons named so; the reply has its own).
    const agree = card.getByRole("button", { name: "Agree (0)" }).first();
    await expect(agree).toHaveAttribute("aria-pressed", "false");
    await agree.click();
    const agreed = card.getByRole("button", { name: "Agree (1)" });
    await expect(agreed).toHaveAttribute("aria-pressed", "true");
    await expect(agreed).toContainText("Agree");
    const insightful = reply.getByRole("button", { name: "Insightful (0)" });
    await insightful.click();
    await expect(reply.getByRole("button", { name: "Insightful (1)" })).toHaveAttribute("aria-pressed", "true");
    // Undo: the count goes back.
    await agreed.click();
    await expect(card.getByRole("button", { name: "Agree (0)" }).first()).toHaveAttribute("aria-pressed", "false");
    await page.context().close();
  }
  // Ben sees the reaction on the reply he got.
  const benPage = await (await browser.newContext()).newPage();
  await signIn(benPage, ben);
  await benPage.goto(`${a.url}/discussion`);
  await expect(benPage.getByRole("button", { name: "Insightful (1)" })).toHaveAttribute("aria-pressed", "false");
});
