// The result shows each kind of answer as it was given, read-only: multiple select, "which essay says this" and
// evidence selection, whose options are drawn on the server (components/quiz/read-only-answer.tsx).
import { randomBytes } from "node:crypto";
import { expect, expectNoA11yViolations, signIn, sql, test } from "./support/fixtures";
import { enroll, seedAssignment, seedClass, seedEmptySet } from "./support/quiz-fixtures";

const uid = (p: string) => `${p}${Date.now().toString(36)}${randomBytes(4).toString("hex")}`;

test("the result shows a multiple select, an attribution and an evidence answer as given, the chosen options checked", async ({
  page,
  instructor,
  student,
}) => {
  const cls = await seedClass(instructor.id);
  const { setId, passage } = await seedEmptySet(instructor.id, "Three kinds");
  const [other] = await sql<{ id: string }>(
    `SELECT p.id FROM "Passage" p JOIN "Essay" e ON e.id = p."essayId" WHERE e.slug = 'moscows-geopolitical-gamble' AND p.paragraph = 2 AND p.sentence = 1`,
  );
  const essays = await sql<{ slug: string; title: string }>(`SELECT slug, title FROM "Essay" ORDER BY slug LIMIT 2`);
  const questions = [
    [
      "MULTIPLE_SELECT",
      "Which did Moscow do?",
      { choices: ["Recognised", "Sanctioned", "Traded"].map((text, i) => ({ id: `m${i}`, text })) },
      { correct: ["m0", "m2"] },
    ],
    ["ATTRIBUTION", "Who argues this?", { statement: "Moscow gambles.", essays }, { correct: essays[0]!.slug }],
    [
      "EVIDENCE",
      "Find the support.",
      { claim: "Recognition changed the balance.", options: [passage.id, other!.id] },
      { correct: [passage.id] },
    ],
  ] as const;
  for (const [i, [type, prompt, content, key]] of questions.entries()) {
    const id = uid("q");
    await sql(
      `INSERT INTO "Question" (id, "setId", position, type, prompt, content, "answerKey", points, "updatedAt") VALUES ($1, $2, $3, $4::"QuestionType", $5, $6, $7, 1, now())`,
      [id, setId, i, type, prompt, JSON.stringify(content), JSON.stringify(key)],
    );
    await sql(`INSERT INTO "QuestionPassage" ("questionId", "passageId") VALUES ($1, $2)`, [id, passage.id]);
  }
  const a = await seedAssignment(cls.id, setId, { title: "Three kinds" });
  await enroll(cls.id, student.id);
  await signIn(page, student);
  await page.goto(`/assignments/${a.id}`);
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.getByLabel("Recognised").check();
  await page.getByLabel("Sanctioned").check();
  await page.getByLabel(essays[1]!.title).check();
  await page.getByRole("radio", { name: /At first glance/ }).check();
  await expect(page.getByText("3 of 3 answered")).toBeVisible();
  await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
  await page.getByRole("button", { name: "Submit answers" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Submit now" }).click();
  await expect(page.getByTestId("attempt-score")).toHaveText("0 / 3 points");

  const multi = page.getByRole("region", { name: "Which did Moscow do?" });
  await expect(multi.getByText("Select all that apply.")).toBeVisible();
  await expect(multi.getByRole("checkbox", { checked: true })).toHaveCount(2);
  await expect(multi.getByRole("checkbox", { name: "Traded" })).not.toBeChecked();
  await expect(multi.getByRole("checkbox", { name: "Sanctioned" })).toBeDisabled();
  const who = page.getByRole("region", { name: "Who argues this?" });
  await expect(who.getByRole("group", { name: /Moscow gambles/ })).toBeVisible();
  await expect(who.getByRole("radio", { name: essays[1]!.title })).toBeChecked();
  const evidence = page.getByRole("region", { name: "Find the support." });
  await expect(evidence.getByRole("radio", { name: /At first glance/ })).toBeChecked();
  await expect(evidence.getByRole("radio", { name: /Afghan opposition groups/ })).not.toBeChecked();
  await expect(evidence.getByText("Recognition changed the balance.")).toBeVisible();
  await expectNoA11yViolations(page);
});
