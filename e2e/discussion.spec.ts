// The discussion view as students and the instructor use it: answers beside the source passage,
// quoting a sub-span of the essay, moderation, reports, and the reveal-after-answering rule.
import type { Browser, Page } from "@playwright/test";
import { createUser, expect, expectNoA11yViolations, signIn, test, type TestUser } from "./support/fixtures";
import { passage, seedAssignment, seedReply, submitAnswer } from "./support/discussion-data";

const choices = {
  choices: [
    { id: "security", text: "Border security" },
    { id: "ideology", text: "Shared ideology" },
  ],
};

async function open(browser: Browser, user: TestUser, url: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, user);
  await page.goto(url);
  return page;
}

/** Selects `words` inside the essay panel the way a mouse drag would, then releases the mouse. */
async function selectInEssay(page: Page, words: string) {
  await page.locator("#essay-tabpanel").evaluate((panel, w) => {
    const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const at = t.textContent!.indexOf(w);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(t, at);
      range.setEnd(t, at + w.length);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      panel.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      return;
    }
    throw new Error(`"${w}" not in the essay panel`);
  }, words);
}

test("two students discuss: a quoted sub-span is highlighted in the essay for the other student", async ({
  browser,
  instructor,
  student,
}) => {
  const ben = await createUser("STUDENT", "Ben Okafor");
  const cited = await passage("russia-taliban-engagement", 2, 1);
  const a = await seedAssignment({
    instructor,
    students: [student, ben],
    type: "SINGLE_CHOICE",
    prompt: "Why does Moscow engage the Taliban?",
    content: choices,
    answerKey: { correct: "security" },
    cites: [cited],
  });
  await submitAnswer(a, student, { choiceId: "security" });
  // Ben cites the passage, so his answer has a card to reply to (a bare choice is only counted and named).
  await submitAnswer(a, ben, { choiceId: "ideology" }, [cited.id]);

  const amy = await open(browser, student, `${a.url}/discussion`);
  await expect(amy.getByRole("heading", { name: "Why does Moscow engage the Taliban?" })).toBeVisible();
  await expect(amy.getByRole("heading", { name: "Answers (2)" })).toBeVisible();
  await expect(amy.getByRole("region", { name: "Border security: 1 answer" })).toContainText("1 student");
  await expect(amy.getByRole("article", { name: `Answer by ${student.name} (you)` })).toBeVisible();
  // The cited passage is underlined in the essay beside the answers.
  await expect(amy.locator(`[data-passage-id="${cited.id}"][data-cited]`)).toBeVisible();
  await expectNoA11yViolations(amy);

  await selectInEssay(amy, "soft underbelly");
  await amy.getByRole("button", { name: "Quote this" }).click();
  await amy.getByRole("button", { name: "Reply to Ben Okafor" }).click();
  await expect(
    amy.getByRole("article", { name: "Answer by Ben Okafor" }).getByText("Include quote from ¶2 s1"),
  ).toBeVisible();
  await amy.getByLabel("Reply to Ben Okafor").fill("It is about the border, look at this phrase.");
  await amy.getByRole("button", { name: "Post reply" }).click();
  await expect(amy.getByText("It is about the border, look at this phrase.")).toBeVisible();

  const benPage = await open(browser, ben, `${a.url}/discussion`);
  const reply = benPage.locator("li", { hasText: "It is about the border" });
  await expect(reply).toContainText(student.name);
  await expect(benPage.locator("[data-quote-mark]")).toHaveCount(0);
  await reply.getByRole("button", { name: /Show quote in the essay, ¶2 s1: soft underbelly/ }).click();
  const mark = benPage.locator("[data-quote-mark]");
  await expect(mark).toHaveText("soft underbelly");
  await expect(mark).toBeInViewport();
  await expectNoA11yViolations(benPage);
  if (process.env.DISCUSSION_SCREENSHOTS) await benPage.screenshot({ path: "test-results/discussion-desktop.png" });

  // On a phone the passage comes first, above the answers, and the quote still scrolls into view.
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await signIn(phone, ben);
  await phone.goto(`${a.url}/discussion`);
  // The page streams in behind its loading skeleton: measure once both parts are there.
  await expect(phone.getByRole("heading", { name: "Answers (2)" })).toBeVisible();
  await expect(phone.locator("#essay-tabpanel")).toBeVisible();
  const essayBox = await phone.locator("#essay-tabpanel").boundingBox();
  const answersBox = await phone.getByRole("heading", { name: "Answers (2)" }).boundingBox();
  expect(essayBox!.y).toBeLessThan(answersBox!.y);
  expect(
    await phone.evaluate(() => document.documentElement.scrollWidth),
    "no sideways scrolling on a phone",
  ).toBeLessThanOrEqual(390);
  await phone.getByRole("button", { name: /Show quote in the essay/ }).click();
  await expect(phone.locator("[data-quote-mark]")).toBeInViewport();
  await expectNoA11yViolations(phone);
  if (process.env.DISCUSSION_SCREENSHOTS)
    await phone.screenshot({ path: "test-results/discussion-phone.png", fullPage: true });
});

test("posts are plain text, and empty or oversized posts get clear errors", async ({
  browser,
  instructor,
  student,
}) => {
  const a = await seedAssignment({
    instructor,
    students: [student],
    type: "SINGLE_CHOICE",
    prompt: "Why does Moscow engage?",
    content: choices,
    answerKey: { correct: "security" },
    cites: [await passage("russia-taliban-engagement", 2, 1)],
  });
  await submitAnswer(a, student, { choiceId: "security" });
  const page = await open(browser, student, `${a.url}/discussion`);
  // Posts are plain text: markup is shown, never run.
  await page
    .getByLabel("Post to the discussion")
    .fill(`<img src=x onerror="window.__xss=1"><script>window.__xss=1</script> **hi**`);
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await expect(page.getByText('<img src=x onerror="window.__xss=1">', { exact: false })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator("main img").count()).toBe(0);
  await page.reload(); // and the server-rendered page escapes it too
  // A full server render of the discussion can take a while on a loaded 2-core machine.
  await expect(page.getByText('<img src=x onerror="window.__xss=1">', { exact: false })).toBeVisible({
    timeout: 30_000,
  });
  expect(await page.locator("main img").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  // Clear errors for an empty and an oversized post.
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Write something before posting." })).toBeVisible();
  await page.getByLabel("Post to the discussion").fill("x".repeat(5001));
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "keep it under 5,000 characters" })).toBeVisible();
});

test("the instructor hides a post (its author still sees it, marked) and handles a report", async ({
  browser,
  instructor,
  student,
}) => {
  const ben = await createUser("STUDENT");
  const a = await seedAssignment({
    instructor,
    students: [student, ben],
    type: "SHORT_ANSWER",
    prompt: "What does Moscow want?",
    content: {},
    answerKey: { modelAnswer: "Security", keywords: [] },
    cites: [await passage("russia-taliban-engagement", 2, 1)],
  });
  await submitAnswer(a, student, { text: "Stable borders in Central Asia." });
  await submitAnswer(a, ben, { text: "Influence." });

  const benPage = await open(browser, ben, `${a.url}/discussion`);
  await benPage.getByLabel("Post to the discussion").fill("This whole reading is pointless.");
  await benPage.getByRole("button", { name: "Post", exact: true }).click();
  await expect(benPage.getByText("This whole reading is pointless.")).toBeVisible();

  const amy = await open(browser, student, `${a.url}/discussion`);
  await expect(amy.getByText("Stable borders in Central Asia.")).toBeVisible();
  await amy.getByRole("button", { name: `Report post by ${ben.name}` }).click();
  await amy.getByLabel("Why are you reporting this post?").fill("Not about the question");
  await amy.getByRole("button", { name: "Send report" }).click();
  await expect(amy.getByText("Reported to the instructor")).toBeVisible();

  // The instructor's dashboard flags the report and leads to the moderation page.
  const teacher = await open(browser, instructor, "/dashboard");
  await teacher.getByRole("link", { name: "1 open report" }).click();
  await expect(teacher.getByRole("heading", { name: "Open reports (1)" })).toBeVisible();
  await expect(teacher.getByText("Not about the question")).toBeVisible();
  await expectNoA11yViolations(teacher);
  await teacher.getByRole("button", { name: `Hide post by ${ben.name}` }).click();
  await expect(teacher.getByRole("heading", { name: "Open reports (0)" })).toBeVisible();
  await expect(teacher.getByRole("heading", { name: "Hidden posts (1)" })).toBeVisible();
  await teacher.goto("/dashboard");
  await expect(teacher.getByRole("link", { name: "Week 3 reading" })).toBeVisible();
  await expect(teacher.getByRole("link", { name: /open report/ })).toHaveCount(0);

  // The author still sees the post, marked hidden; the other student no longer sees it.
  await benPage.reload();
  await expect(benPage.getByText("This whole reading is pointless.")).toBeVisible();
  await expect(benPage.getByText("Hidden by the instructor: only you and the instructor see it")).toBeVisible();
  await amy.reload();
  await expect(amy.getByText("Stable borders in Central Asia.")).toBeVisible();
  await expect(amy.getByText("This whole reading is pointless.")).toHaveCount(0);

  // The instructor pins and deletes from the discussion itself; deleting asks first.
  await amy.getByLabel("Post to the discussion").fill("Engagement is containment.");
  await amy.getByRole("button", { name: "Post", exact: true }).click();
  await expect(amy.getByText("Engagement is containment.")).toBeVisible();
  await teacher.goto(`${a.url}/discussion`);
  await expect(teacher.getByText(student.name).first()).toBeVisible();
  // One "Moderate" button per post opens its pin / hide / delete; it closes again after an action.
  const moderate = teacher.getByRole("button", { name: `Moderate post by ${student.name}` });
  await moderate.click();
  await expect(teacher.getByRole("button", { name: `Pin post by ${student.name}` })).toBeFocused();
  await teacher.getByRole("button", { name: `Pin post by ${student.name}` }).click();
  await expect(teacher.locator("li", { hasText: "Engagement is containment." }).getByText("Pinned")).toBeVisible();
  await moderate.click();
  await teacher.getByRole("button", { name: `Delete post by ${student.name}` }).click();
  await expect(teacher.getByText("Delete this post for everyone?")).toBeVisible();
  await teacher.getByRole("button", { name: "Yes, delete" }).click();
  await expect(teacher.getByText("Engagement is containment.")).toHaveCount(0);
  await expectNoA11yViolations(teacher);
  await amy.reload();
  await expect(amy.getByText("Engagement is containment.")).toHaveCount(0);
});

test("peers' answers stay hidden until a student submits; anonymous discussions show pseudonyms", async ({
  browser,
  instructor,
  student,
}) => {
  const done = await createUser("STUDENT", "Dana Diaz");
  const outsider = await createUser("STUDENT");
  const cited = await passage("russia-taliban-engagement", 2, 1);
  const a = await seedAssignment({
    instructor,
    students: [student, done],
    type: "SINGLE_CHOICE",
    prompt: "Which motive comes first?",
    content: choices,
    answerKey: { correct: "security" },
    cites: [cited],
    anonymous: true,
  });
  await submitAnswer(a, done, { choiceId: "security" }, [cited.id]); // a citation gives Dana's answer a card

  const waiting = await open(browser, student, `${a.url}/discussion`);
  await expect(waiting.getByText("Submit your own answers first")).toBeVisible();
  await expect(waiting.getByRole("heading", { name: /Answers/ })).toHaveCount(0);
  // The essay is still there to read.
  await expect(waiting.getByText("soft underbelly", { exact: false })).toBeVisible();
  await expectNoA11yViolations(waiting);

  await submitAnswer(a, student, { choiceId: "ideology" });
  await waiting.reload();
  await expect(waiting.getByRole("heading", { name: "Answers (2)" })).toBeVisible();
  await expect(waiting.getByText("Dana Diaz")).toHaveCount(0);
  await expect(waiting.getByRole("article", { name: /^Answer by [A-Z][a-z]+ [A-Z][a-z]+ \d\d$/ })).toBeVisible();

  const teacher = await open(browser, instructor, `${a.url}/discussion`);
  await expect(teacher.getByRole("article", { name: "Answer by Dana Diaz" })).toBeVisible();

  // Signed out: sent to sign in, and back here afterwards.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`${a.url}/discussion`);
  await expect(visitor).toHaveURL(/\/sign-in\?callbackUrl=/);

  const stranger = await open(browser, outsider, `${a.url}/discussion`);
  await expect(stranger.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(stranger.getByText("Which motive comes first?")).toHaveCount(0);
});

test("a long thread folds its earlier replies behind a button; opening it shows them all and moves focus", async ({
  browser,
  instructor,
  student,
}) => {
  const ben = await createUser("STUDENT", "Ben Okafor");
  const a = await seedAssignment({
    instructor,
    students: [student, ben],
    type: "SINGLE_CHOICE",
    prompt: "Is engagement containment?",
    content: choices,
    answerKey: { correct: "security" },
    cites: [await passage("russia-taliban-engagement", 2, 1)],
  });
  await submitAnswer(a, student, { choiceId: "security" });
  const { responseId } = await submitAnswer(a, ben, { choiceId: "ideology" });
  // Six replies to Ben's answer, oldest first, and one the instructor pinned.
  for (let i = 1; i <= 6; i++)
    await seedReply(a, i % 2 ? student : ben, responseId, `Reply number ${i} on the border.`, { minutesAgo: 60 - i });
  await seedReply(a, instructor, responseId, "Pinned: read paragraph 2 again.", { minutesAgo: 90, pinned: true });

  const amy = await open(browser, student, `${a.url}/discussion`);
  const thread = amy.getByRole("list", { name: "Replies to Ben Okafor" });
  await expect(thread.getByText("Pinned: read paragraph 2 again.")).toBeVisible();
  await expect(thread.getByText("Reply number 5 on the border.")).toBeVisible();
  await expect(thread.getByText("Reply number 6 on the border.")).toBeVisible();
  for (const n of [1, 2, 3, 4]) await expect(thread.getByText(`Reply number ${n} on the border.`)).toHaveCount(0);
  await expectNoA11yViolations(amy);

  // Keyboard: reach the button, open the fold; focus lands on the first reply it revealed.
  const more = thread.getByRole("button", { name: "Show 4 earlier replies" });
  await more.focus();
  await amy.keyboard.press("Enter");
  await expect(more).toHaveCount(0);
  for (const n of [1, 2, 3, 4, 5, 6]) await expect(thread.getByText(`Reply number ${n} on the border.`)).toBeVisible();
  await expect(amy.locator(":focus")).toContainText("Reply number 1 on the border.");
  const order = await thread.locator(":scope > li").allInnerTexts();
  expect(order.findIndex((t) => t.includes("Pinned"))).toBe(0);
  expect(order.findIndex((t) => t.includes("Reply number 1 "))).toBeLessThan(
    order.findIndex((t) => t.includes("Reply number 6 ")),
  );
  await expectNoA11yViolations(amy);

  // A reply just posted is among the latest, so it is visible even when the thread is folded.
  await amy.reload();
  await amy.getByRole("button", { name: "Reply to Ben Okafor" }).click();
  await amy.getByLabel("Reply to Ben Okafor").fill("My newest reply.");
  await amy.getByRole("button", { name: "Post reply" }).click();
  await expect(thread.getByText("My newest reply.")).toBeVisible();
  await expect(thread.getByRole("button", { name: "Show 5 earlier replies" })).toBeVisible();
});

test("a busy discussion loads the rest of its answers, earlier replies and earlier posts on demand, laptop and phone", async ({
  browser,
  instructor,
  student,
}) => {
  test.setTimeout(180_000); // 240 items seeded, then a laptop and a phone session, each with axe scans
  const writers = await Promise.all(
    ["Ada", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal"].map((n) => createUser("STUDENT", `${n} Writer`)),
  );
  const a = await seedAssignment({
    instructor,
    students: [student, ...writers],
    type: "SHORT_ANSWER",
    prompt: "What does Moscow want most?",
    content: {},
    answerKey: { modelAnswer: "Security", keywords: [] },
    cites: [await passage("russia-taliban-engagement", 2, 1)],
  });
  await submitAnswer(a, student, { text: "My own answer." });
  const ids: string[] = [];
  for (const [i, w] of writers.entries())
    ids.push((await submitAnswer(a, w, { text: `Answer number ${i + 1}.` })).responseId);
  // Nine cards: the first four are on the page, "Show 5 more answers" brings Di's to Hal's. Hal's answer
  // has five replies, three of them folded; the question has 22 posts of its own, two of them folded.
  for (let i = 1; i <= 5; i++)
    await seedReply(a, writers[i % 2]!, ids[7]!, `Thread reply ${i} to Hal.`, { minutesAgo: 100 - i });
  for (let i = 1; i <= 22; i++) await seedReply(a, writers[i % 8]!, null, `General post ${i}.`, { minutesAgo: 60 - i });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    const page = await (await browser.newContext({ viewport })).newPage();
    await signIn(page, student);
    await page.goto(`${a.url}/discussion`);
    await expect(page.getByRole("heading", { name: "Answers (9)" })).toBeVisible();
    await expect(page.getByRole("article", { name: "Answer by Cy Writer" })).toBeVisible();
    await expect(page.getByRole("article", { name: "Answer by Di Writer" })).toHaveCount(0);
    await expect(page.getByText("General post 22.")).toBeVisible();
    await expect(page.getByText("General post 2.", { exact: true })).toHaveCount(0);
    await expectNoA11yViolations(page);

    // Keyboard: the button loads the rest of the group; focus lands on the first answer it revealed.
    const moreAnswers = page.getByRole("button", { name: "Show 5 more answers" });
    await moreAnswers.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("article", { name: "Answer by Di Writer" })).toBeFocused();
    await expect(page.getByRole("article", { name: "Answer by Hal Writer" })).toContainText("Answer number 8.");
    await expect(moreAnswers).toHaveCount(0);

    // A revealed answer's folded thread loads too.
    const thread = page.getByRole("list", { name: "Replies to Hal Writer" });
    await expect(thread.getByText("Thread reply 5 to Hal.")).toBeVisible();
    await expect(thread.getByText("Thread reply 1 to Hal.")).toHaveCount(0);
    await thread.getByRole("button", { name: "Show 3 earlier replies" }).click();
    await expect(page.locator(":focus")).toContainText("Thread reply 1 to Hal.");
    for (const n of [1, 2, 3, 4, 5]) await expect(thread.getByText(`Thread reply ${n} to Hal.`)).toBeVisible();

    // The general discussion shows its latest 20 posts; the two earlier ones load on demand.
    const general = page.getByRole("list", { name: "Posts on the question" });
    await general.getByRole("button", { name: "Show 2 earlier posts" }).click();
    await expect(page.locator(":focus")).toContainText("General post 1.");
    await expect(general.getByText("General post 2.", { exact: true })).toBeVisible();
    await expectNoA11yViolations(page);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      "no sideways scrolling",
    ).toBeLessThanOrEqual(viewport.width);
    await page.context().close();
  }
});

test("a choice question's discussion counts each choice and gives cards only to those who wrote", async ({
  browser,
  instructor,
  student,
}) => {
  const others = await Promise.all(
    ["Cara Bell", "Dev Shah", "Eve Ng", "Finn Ray"].map((n) => createUser("STUDENT", n)),
  );
  const cited = await passage("russia-taliban-engagement", 2, 1);
  const a = await seedAssignment({
    instructor,
    students: [student, ...others],
    type: "SINGLE_CHOICE",
    prompt: "Which motive is named first?",
    content: choices,
    answerKey: { correct: "security" },
    cites: [cited],
  });
  const [cara, dev, eve, finn] = others as [TestUser, TestUser, TestUser, TestUser];
  await submitAnswer(a, cara, { choiceId: "security" }, [cited.id]);
  await submitAnswer(a, dev, { choiceId: "security" });
  await submitAnswer(a, eve, { choiceId: "security" });
  await submitAnswer(a, finn, { choiceId: "ideology" });
  await submitAnswer(a, student, { choiceId: "ideology" });

  const teacher = await open(browser, instructor, `${a.url}/discussion`);
  const security = teacher.getByRole("region", { name: "Border security: 3 answers" });
  await expect(security).toContainText("3 students · 60%");
  await expect(security.getByRole("article")).toHaveCount(1);
  await expect(security.getByRole("article", { name: "Answer by Cara Bell" })).toBeVisible();
  await expect(security).toContainText("Also chose this, without a comment: Dev Shah, Eve Ng");
  const ideology = teacher.getByRole("region", { name: "Shared ideology: 2 answers" });
  await expect(ideology).toContainText("2 students · 40%");
  await expect(ideology.getByRole("article")).toHaveCount(0);
  await expectNoA11yViolations(teacher);

  // A student always has their own answer's card, to start a thread on it.
  const phone = await (
    await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
  ).newPage();
  await signIn(phone, student);
  await phone.goto(`${a.url}/discussion`);
  const mine = phone.getByRole("region", { name: "Shared ideology: 2 answers" });
  await expect(mine.getByRole("article", { name: `Answer by ${student.name} (you)` })).toBeVisible();
  await expect(mine).toContainText("Also chose this, without a comment: Finn Ray");
  await expectNoA11yViolations(phone);
  if (process.env.SCREENSHOTS) {
    await teacher.setViewportSize({ width: 1366, height: 900 });
    await teacher.screenshot({ path: "test-results/discussion-groups-laptop.png", fullPage: true });
    await phone.screenshot({ path: "test-results/discussion-groups-phone.png", fullPage: true });
  }
});
