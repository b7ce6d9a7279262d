import { expect, signIn, sql, test } from "./support/fixtures";
import { enroll, seedAssignment, seedClass, seedSet } from "./support/quiz-fixtures";

async function setup(instructorId: string, studentId: string) {
  const cls = await seedClass(instructorId);
  const set = await seedSet(instructorId);
  const a = await seedAssignment(cls.id, set.setId);
  await enroll(cls.id, studentId);
  return { ...a, set };
}
const savedAnswer = (questionId: string) =>
  sql<{ answer: unknown; clientSeq: number }>(`SELECT answer, "clientSeq" FROM "Response" WHERE "questionId" = $1`, [
    questionId,
  ]);

test("a failed save is kept on the device and retried until it lands; a device copy left by a closed tab is restored and sent", async ({
  page,
  instructor,
  student,
}) => {
  const a = await setup(instructor.id, student.id);
  await signIn(page, student);
  await page.goto(`/assignments/${a.id}`);
  await page.getByRole("button", { name: "Start quiz" }).click();
  const box = page.getByRole("textbox", { name: "Your answer" });

  const qid = a.set.questionIds[3]!;
  const stored = () =>
    page.evaluate(() =>
      Object.entries(localStorage)
        .filter(([k]) => k.startsWith("passage:attempt:"))
        .map(([, v]) => JSON.parse(v).pending),
    );

  // The server fails: the page says so, keeps the answer on this device and keeps retrying.
  await page.route("**/api/attempts/**/responses/**", (route) => route.fulfill({ status: 503, body: "{}" }));
  await box.fill("Written while the server was down.");
  await expect(page.getByTestId("save-status")).toHaveText(/Couldn't save — retrying/);
  expect(await savedAnswer(qid)).toEqual([]);
  expect(await stored()).toEqual([{ [qid]: { answer: { text: "Written while the server was down." }, clientSeq: 1 } }]);

  // The server recovers: the retry lands without the student doing anything, and the device copy is dropped.
  await page.unroute("**/api/attempts/**/responses/**");
  await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
  expect(await savedAnswer(qid)).toEqual([{ answer: { text: "Written while the server was down." }, clientSeq: 1 }]);
  expect(await stored()).toEqual([{}]);

  // A tab closed while offline left a newer answer on this device: reopening the quiz restores and sends it.
  await page.evaluate(
    ([key, q]) =>
      localStorage.setItem(
        key!,
        JSON.stringify({
          pending: { [q!]: { answer: { text: "Typed on the bus, offline." }, clientSeq: 7 } },
          seq: { [q!]: 7 },
        }),
      ),
    [
      `passage:attempt:${(await sql<{ id: string }>(`SELECT id FROM "Attempt" WHERE "assignmentId" = $1`, [a.id]))[0]!.id}`,
      qid,
    ],
  );
  await page.reload();
  await expect(box).toHaveValue("Typed on the bus, offline.");
  await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
  await expect.poll(() => savedAnswer(qid)).toEqual([{ answer: { text: "Typed on the bus, offline." }, clientSeq: 7 }]);

  // Offline, then back online.
  await page.context().setOffline(true);
  await box.fill("Edited offline.");
  await expect(page.getByTestId("save-status")).toHaveText(/Couldn't save — retrying/);
  await page.context().setOffline(false);
  await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
  await expect.poll(async () => (await savedAnswer(qid))[0]?.answer).toEqual({ text: "Edited offline." });
});

test("two tabs submitting the same attempt make exactly one submission", async ({ page, instructor, student }) => {
  const a = await setup(instructor.id, student.id);
  await signIn(page, student);
  await page.goto(`/assignments/${a.id}`);
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.getByLabel("Formally recognised them").check();
  await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
  const other = await page.context().newPage();
  await other.goto(`/assignments/${a.id}/take`);
  await expect(other.getByLabel("Formally recognised them")).toBeChecked();

  for (const p of [page, other]) await p.getByRole("button", { name: "Submit answers" }).click();
  await Promise.all(
    [page, other].map((p) => p.getByRole("dialog").getByRole("button", { name: "Submit now" }).click()),
  );
  for (const p of [page, other]) await expect(p.getByTestId("attempt-score")).toHaveText("1 / 5 points");
  const rows = await sql<{ n: string; submitted: string }>(
    `SELECT count(*) AS n, count("submittedAt") AS submitted FROM "Attempt" WHERE "assignmentId" = $1`,
    [a.id],
  );
  expect(rows).toEqual([{ n: "1", submitted: "1" }]);
});

test("an assignment that closes mid-quiz refuses further answers with a clear message", async ({
  page,
  instructor,
  student,
}) => {
  const a = await setup(instructor.id, student.id);
  await signIn(page, student);
  await page.goto(`/assignments/${a.id}`);
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.getByLabel("Imposed sanctions").check();
  await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
  await sql(`UPDATE "Assignment" SET "closesAt" = now() - interval '1 minute' WHERE id = $1`, [a.id]);
  await page.getByLabel("Formally recognised them").check();
  await expect(page.getByText("This assignment has closed: answers can no longer be changed.").first()).toBeVisible();
  expect((await savedAnswer(a.set.questionIds[0]!))[0]?.answer).toEqual({ choiceId: "c2" });
});
