// An open discussion tab stays current without reloading: every 20 s it asks whether anything changed and
// re-renders only then (a classmate's new post appears; with nothing new the server renders nothing).
import { expect, signIn, test } from "./support/fixtures";
import { passage, seedAssignment, seedReply, submitAnswer } from "./support/discussion-data";

test("a classmate's new post appears in an open discussion tab, and a quiet one is not re-rendered", async ({
  page,
  instructor,
  student,
}) => {
  const a = await seedAssignment({
    instructor,
    students: [student],
    type: "SHORT_ANSWER",
    prompt: "What does Moscow gain?",
    content: {},
    answerKey: { modelAnswer: "Security", keywords: [] },
    cites: [await passage("russia-taliban-engagement", 2, 1)],
  });
  await submitAnswer(a, student, { text: "Security on its southern border." });
  await page.clock.install();
  await signIn(page, student);
  await page.goto(`${a.url}/discussion`);
  await expect(page.getByRole("heading", { name: "Answers (1)" })).toBeVisible();

  const stamps: string[] = [];
  const renders: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.pathname.endsWith("/stamp")) stamps.push(url.pathname);
    else if (url.searchParams.has("_rsc")) renders.push(url.pathname);
  });
  const stampAnswered = () => page.waitForResponse((r) => new URL(r.url()).pathname.endsWith("/stamp"));

  // 20 s with nothing new: one question to the server, no re-render.
  let answered = stampAnswered();
  await page.clock.runFor(20_000);
  await answered;
  expect(stamps).toHaveLength(1);
  expect(renders).toEqual([]);

  // A classmate posts; at the next tick the tab shows it.
  await seedReply(a, instructor, null, "Look again at paragraph two.", { minutesAgo: 0 });
  answered = stampAnswered();
  await page.clock.runFor(20_000);
  await answered;
  await expect(page.getByText("Look again at paragraph two.")).toBeVisible();
  expect(renders.length).toBeGreaterThan(0);
});
