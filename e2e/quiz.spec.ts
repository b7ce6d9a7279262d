import type { Page } from "@playwright/test";
import { expect, expectNoA11yViolations, signIn, test } from "./support/fixtures";
import { SECRETS, seedAssignment, seedClass, seedSet } from "./support/quiz-fixtures";

/**
 * Every dynamic response body the page receives (documents, RSC payloads, API answers), for leak checks.
 * Static JS/CSS bundles are code shared by everyone (they hold field names, never a question's data).
 */
function collectBodies(page: Page) {
  const bodies: string[] = [];
  page.on("response", async (res) => {
    if (res.url().includes("/_next/static/")) return;
    try {
      bodies.push(await res.text());
    } catch {
      // redirects and aborted requests have no body
    }
  });
  return bodies;
}
/** Names the secrets that reached the browser (none, when the rules hold). */
const leaked = (bodies: string[], secrets: string[]) => secrets.filter((s) => bodies.some((b) => b.includes(s)));

test("a student joins with a code, answers, reloads and finds every answer, submits and sees feedback beside the passages", async ({
  page,
  instructor,
  student,
}) => {
  const cls = await seedClass(instructor.id);
  const set = await seedSet(instructor.id);
  await seedAssignment(cls.id, set.setId, { title: "Reading check 1" });
  const bodies = collectBodies(page);

  await signIn(page, student);
  await page.getByRole("link", { name: "Join a class" }).first().click();
  await expect(page.getByRole("heading", { name: "Join a class" })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByLabel("Join code").fill(cls.joinCode.toLowerCase());
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByText(`You joined ${cls.name}.`)).toBeVisible();
  const todo = page.getByRole("region", { name: /To do/ });
  await expect(todo.getByRole("link", { name: "Reading check 1" })).toBeVisible();
  await expect(todo.getByText("Not started")).toBeVisible();
  await expectNoA11yViolations(page);

  await todo.getByRole("link", { name: "Reading check 1" }).click();
  await expect(page.getByText("Correct answers")).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/take$/);
  await expect(page.getByText("0 of 4 answered")).toBeVisible();

  await page.getByLabel("Formally recognised them").check();
  await page
    .getByRole("group", { name: "The essay calls the recognition a regional lifeline." })
    .getByLabel("False")
    .check();
  await page.getByLabel("Missing word or phrase").fill("warlords");
  await page
    .getByRole("textbox", { name: "Your answer" })
    .fill(`Recognition buys ${SECRETS.keyword} and security in the region.`);
  await expect(page.getByText("4 of 4 answered")).toBeVisible();
  await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
  await expectNoA11yViolations(page);

  // Reload mid-quiz: every answer comes back from the server.
  await page.reload();
  await expect(page.getByLabel("Formally recognised them")).toBeChecked();
  await expect(
    page.getByRole("group", { name: "The essay calls the recognition a regional lifeline." }).getByLabel("False"),
  ).toBeChecked();
  await expect(page.getByLabel("Missing word or phrase")).toHaveValue("warlords");
  await expect(page.getByRole("textbox", { name: "Your answer" })).toHaveValue(
    `Recognition buys ${SECRETS.keyword} and security in the region.`,
  );
  await expect(page.getByText("4 of 4 answered")).toBeVisible();

  // Nothing secret reached the browser while taking the quiz.
  expect(bodies.length).toBeGreaterThan(5);
  expect(
    leaked(bodies, [SECRETS.explanation, SECRETS.modelAnswer, SECRETS.rubric, SECRETS.cloze, "answerKey"]),
  ).toEqual([]);

  await page.getByRole("button", { name: "Submit answers" }).click();
  const dialog = page.getByRole("dialog", { name: "Submit your answers?" });
  await expect(dialog).toContainText("You have answered every question.");
  await expectNoA11yViolations(page);
  await dialog.getByRole("button", { name: "Submit now" }).click();

  await expect(page.getByText("Your answers were submitted.")).toBeVisible();
  await expect(page.getByTestId("attempt-score")).toHaveText("2 / 5 points");
  await expect(page.getByText("Awaiting grading")).toBeVisible();
  const first = page.getByRole("region", { name: "What did Russia do about the Taliban?" });
  await expect(first.getByText("1 / 1 points")).toBeVisible();
  // A fully right answer is folded away (phones); the student opens it to read the explanation.
  await first.getByRole("button", { name: "Show your answer and the passage" }).click();
  await expect(first.getByText(SECRETS.explanation)).toBeVisible();
  // The answer is shown as given, read-only: the chosen option is checked (a screen reader says so), not only coloured.
  const given = first.getByRole("group", { name: "What did Russia do about the Taliban?" });
  await expect(given.getByRole("radio", { name: "Formally recognised them" })).toBeChecked();
  await expect(given.getByRole("radio", { checked: true })).toHaveCount(1);
  await expect(given.getByRole("radio").first()).toBeDisabled();
  const source = first.getByRole("complementary", { name: "Source passage" });
  await expect(source.getByText(/Russia’s decision to formally recognize the Taliban/)).toBeVisible();
  await expect(
    source.getByRole("link", { name: /Moscow’s Geopolitical Gamble on the Taliban, ¶1 s1/ }),
  ).toHaveAttribute("href", "/essays/moscows-geopolitical-gamble#p1-s1");
  await expect(first.getByRole("link", { name: "Discuss this question" })).toHaveAttribute(
    "href",
    new RegExp(`/assignments/.+/questions/${set.questionIds[0]}/discussion$`),
  );
  const cloze = page.getByRole("region", { name: "Fill the blank." });
  await expect(cloze.getByText("0 / 1 points")).toBeVisible();
  await expect(cloze.getByText(SECRETS.cloze)).toBeVisible();
  await expect(cloze.getByLabel("Missing word or phrase")).toHaveValue("warlords");
  await expect(cloze.getByLabel("Missing word or phrase")).toBeDisabled();
  await expectNoA11yViolations(page);

  await page.goto("/dashboard");
  await expect(
    page.getByRole("region", { name: /Submitted/ }).getByRole("link", { name: "Reading check 1" }),
  ).toBeVisible();
});

test("a student outside the class gets not found, and a never-revealed quiz shows only the score", async ({
  page,
  instructor,
  student,
}) => {
  const cls = await seedClass(instructor.id);
  const set = await seedSet(instructor.id);
  const a = await seedAssignment(cls.id, set.setId, { revealAnswers: "NEVER" });
  await signIn(page, student);
  const res = await page.goto(`/assignments/${a.id}`);
  expect(res?.status()).toBe(404);
  const take = await page.goto(`/assignments/${a.id}/take`);
  expect(take?.status()).toBe(404);

  // Once enrolled, the quiz is theirs; after submitting, no key or explanation is sent.
  const bodies = collectBodies(page);
  await page.goto(`/join/${cls.joinCode}`);
  await expect(page.getByRole("heading", { name: `Join ${cls.name}?` })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByText(`You joined ${cls.name}.`)).toBeVisible();
  await page.goto(`/assignments/${a.id}`);
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.getByLabel("Imposed sanctions").check();
  await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByRole("dialog")).toContainText("You have answered 1 of 4 questions.");
  await page.getByRole("button", { name: "Submit now" }).click();
  await expect(page.getByText("Your instructor has chosen not to show correct answers")).toBeVisible();
  await expect(page.getByTestId("attempt-score")).toHaveText("0 / 5 points");
  expect(
    leaked(bodies, [SECRETS.explanation, SECRETS.modelAnswer, SECRETS.rubric, SECRETS.cloze, "answerKey"]),
  ).toEqual([]);
});
