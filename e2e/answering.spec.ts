// What students trip over while answering (issue 15): work typed in an unexpected order must be kept, and an
// answer the page already shows must be recordable. Phone viewport with touch, as students use it.
import { randomBytes } from "node:crypto";
import { createUser, expect, expectNoA11yViolations, signIn, sql, test } from "./support/fixtures";
import { passage, seedAssignment as seedDiscussion, submitAnswer } from "./support/discussion-data";
import { enroll, seedAssignment, seedClass, seedDebateSet, seedEmptySet } from "./support/quiz-fixtures";

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
test.use(phone);

/** A set with one ordering question on the built-in essay. */
async function seedOrderingSet(ownerId: string) {
  const { setId, passage: p } = await seedEmptySet(ownerId, "Sequence");
  const questionId = `q${randomBytes(6).toString("hex")}`;
  const items = [
    { id: "a", text: "The Taliban take Kabul" },
    { id: "b", text: "Moscow opens talks" },
    { id: "c", text: "Russia recognises the government" },
  ];
  await sql(
    `INSERT INTO "Question" (id, "setId", position, type, prompt, content, "answerKey", points, "updatedAt") VALUES ($1, $2, 0, 'ORDERING', 'Put the events in order.', $3, $4, 1, now())`,
    [questionId, setId, JSON.stringify({ items }), JSON.stringify({ order: ["a", "b", "c"] })],
  );
  await sql(`INSERT INTO "QuestionPassage" ("questionId", "passageId") VALUES ($1, $2)`, [questionId, p.id]);
  return { setId, questionId };
}

test("a debate argument typed before choosing a side is saved, survives a reload, and submitting says it needs a side", async ({
  page,
  instructor,
  student,
}) => {
  const cls = await seedClass(instructor.id);
  const set = await seedDebateSet(instructor.id);
  const a = await seedAssignment(cls.id, set.setId, { title: "Debate draft" });
  await enroll(cls.id, student.id);
  await signIn(page, student);
  await page.goto(`/assignments/${a.id}`);
  await page.getByRole("button", { name: "Start quiz" }).click();

  const argument = "Recognition gives Moscow leverage over its southern border.";
  await page.getByLabel("Your argument").fill(argument);
  await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
  await expect(page.getByText("not in the form this question expects")).toHaveCount(0);
  await expect(page.getByText("Your argument is saved as a draft. Choose a side")).toBeVisible();
  await expect(page.getByText("0 of 1 answered")).toBeVisible();
  await expectNoA11yViolations(page);
  await page.screenshot({ path: test.info().outputPath("debate-draft-phone.png"), fullPage: true });

  await page.reload();
  await expect(page.getByLabel("Your argument")).toHaveValue(argument);

  await page.getByRole("button", { name: "Submit answers" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByText("Question 1: your argument has no side yet")).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();

  await page.getByLabel("Recognition helps Russia").check();
  await expect(page.getByText("Your argument is saved as a draft")).toHaveCount(0);
  await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
  const [row] = await sql<{ stance: string | null }>(`SELECT stance FROM "Response" WHERE "questionId" = $1`, [
    set.questionId,
  ]);
  expect(row?.stance).toBe("yes");
});

test("an ordering question shown in the order the student agrees with can be answered as shown", async ({
  page,
  instructor,
  student,
}) => {
  const cls = await seedClass(instructor.id);
  const set = await seedOrderingSet(instructor.id);
  const a = await seedAssignment(cls.id, set.setId, { title: "Sequence check" });
  await enroll(cls.id, student.id);
  await signIn(page, student);
  await page.goto(`/assignments/${a.id}`);
  await page.getByRole("button", { name: "Start quiz" }).click();

  await expect(page.getByText("0 of 1 answered")).toBeVisible();
  await expect(page.getByText("(1 order to confirm)")).toBeVisible();
  const shown = await page.getByRole("list", { name: "Put these in order" }).getByRole("listitem").allInnerTexts();
  await page.getByRole("button", { name: "Keep this order" }).click();
  await expect(page.getByText("1 of 1 answered")).toBeVisible();
  await expect(page.getByText("order to confirm")).toHaveCount(0);
  await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
  await expectNoA11yViolations(page);
  await page.screenshot({ path: test.info().outputPath("ordering-confirmed-phone.png"), fullPage: true });

  const [row] = await sql<{ answer: { order: string[] } }>(`SELECT answer FROM "Response" WHERE "questionId" = $1`, [
    set.questionId,
  ]);
  const texts = { a: "The Taliban take Kabul", b: "Moscow opens talks", c: "Russia recognises the government" };
  expect(row?.answer.order.map((id) => texts[id as keyof typeof texts])).toEqual(
    shown.map((t) => t.replace(/^\d+\.\s*/, "").replace(/\s*↑\s*↓\s*$/, "")),
  );
});

test("a student quotes the essay on a phone: a touch selection offers Quote this", async ({
  page,
  instructor,
  student,
}) => {
  const ben = await createUser("STUDENT", "Ben Okafor");
  const cited = await passage("russia-taliban-engagement", 2, 1);
  const a = await seedDiscussion({
    instructor,
    students: [student, ben],
    type: "SINGLE_CHOICE",
    prompt: "Why does Moscow engage the Taliban?",
    content: {
      choices: [
        { id: "security", text: "Border security" },
        { id: "ideology", text: "Shared ideology" },
      ],
    },
    answerKey: { correct: "security" },
    cites: [cited],
  });
  await submitAnswer(a, student, { choiceId: "security" });
  // Ben cites a passage, so his answer has a card to reply to (answers with only a choice are listed by name).
  await submitAnswer(a, ben, { choiceId: "ideology" }, [cited.id]);
  await signIn(page, student);
  await page.goto(`${a.url}/discussion`);
  await expect(page.getByRole("heading", { name: "Answers (2)" })).toBeVisible();

  // A long-press and a drag of the selection handles: the browser changes the selection and fires
  // selectionchange, but no mouse-up or key-up.
  await page.locator("#essay-tabpanel").evaluate((panel, w) => {
    const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const at = t.textContent!.indexOf(w);
      if (at === -1) continue;
      window.getSelection()!.setBaseAndExtent(t, at, t, at + w.length);
      return;
    }
    throw new Error(`"${w}" not in the essay panel`);
  }, "soft underbelly");
  await expect(page.getByText("Selected in ¶2 s1: “soft underbelly”")).toBeVisible();
  await expectNoA11yViolations(page);
  await page.screenshot({ path: test.info().outputPath("quote-touch-phone.png") });
  await page.getByRole("button", { name: "Quote this" }).tap();
  await expect(page.getByText("Quote ready (¶2 s1)")).toBeVisible();
  await page.getByRole("button", { name: "Reply to Ben Okafor" }).tap();
  await expect(
    page.getByRole("article", { name: "Answer by Ben Okafor" }).getByText("Include quote from ¶2 s1"),
  ).toBeVisible();
});
