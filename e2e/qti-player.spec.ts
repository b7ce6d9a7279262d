// Our QTI 3 export in another QTI 3 player: each item is rendered by Cito's QTI 3 web components in Chromium,
// answered there through its own interactions, and the SCORE the player computes with the item's response
// processing must be what lib/grading gives for the same answer. Where the two are known to differ (our grader
// forgives closing punctuation in a blank, QTI compares strings), the test says so rather than hiding it.
import type { Locator, Page } from "@playwright/test";
import { gradeAnswer } from "../lib/grading/grade";
import { parseQuestion } from "../lib/questions/typed-question";
import type { InteropQuestion, InteropSet } from "../lib/interop/model";
import { qtiPackageFiles } from "../lib/interop/qti/export-package";
import { expect, test } from "./support/fixtures";
import { loadItem, openPlayer, playerScore } from "./support/qti-player";

const passage = (paragraph: number, text: string) => ({
  id: `pas-${paragraph}`,
  essaySlug: "moscows-geopolitical-gamble",
  paragraph,
  sentence: 0,
  text,
});
const PASSAGES = [
  passage(1, "Russia recognised the Taliban government in July."),
  passage(2, "Moscow hopes to secure its southern flank."),
  passage(3, "Western capitals reacted with caution."),
];
// Every question cites a passage and explains itself (the explanation is the item's modal feedback).
const common = { passageIds: [PASSAGES[0]!.id], explanation: "See the cited passage." };

// One question of each auto-scored kind the brief names, with points other than 1 so a share is visible.
const QUESTIONS: Record<string, InteropQuestion> = {
  single: {
    type: "SINGLE_CHOICE",
    prompt: "What did Russia do in July?",
    content: {
      choices: [
        { id: "rec", text: "Recognised the government" },
        { id: "san", text: "Imposed sanctions" },
      ],
    },
    answerKey: { correct: "rec" },
    points: 2,
    ...common,
  },
  multiple: {
    type: "MULTIPLE_SELECT",
    prompt: "Which motives does the essay name?",
    content: {
      choices: [
        { id: "flank", text: "Securing the southern flank" },
        { id: "trade", text: "Trade routes" },
        { id: "drugs", text: "Drug trafficking" },
        { id: "space", text: "A space programme" },
      ],
    },
    answerKey: { correct: ["flank", "trade", "drugs"] },
    points: 3,
    ...common,
  },
  cloze: {
    type: "CLOZE",
    prompt: "Fill the blank.",
    content: { before: "Russia", after: "the Taliban government in July." },
    answerKey: { accepted: ["recognised", "recognized"], caseSensitive: false },
    points: 1,
    ...common,
  },
  ordering: {
    type: "ORDERING",
    prompt: "Put the events in order.",
    content: {
      items: [
        { id: "first", text: "The Taliban take Kabul" },
        { id: "second", text: "Moscow opens talks" },
        { id: "third", text: "Russia recognises the government" },
      ],
    },
    answerKey: { order: ["first", "second", "third"] },
    points: 3,
    ...common,
  },
  evidence: {
    type: "EVIDENCE",
    prompt: "Which passage supports the claim?",
    content: { claim: "Russia acted for its own security.", options: PASSAGES.map((p) => p.id) },
    answerKey: { correct: [PASSAGES[1]!.id] },
    points: 2,
    ...common,
  },
};

const set: InteropSet = {
  title: "Player check",
  essays: [{ slug: "moscows-geopolitical-gamble", title: "Moscow's geopolitical gamble", passages: PASSAGES }],
  questions: Object.values(QUESTIONS),
};
const files = qtiPackageFiles(set, "qti3");
const itemFile = (key: keyof typeof QUESTIONS) =>
  `items/Q${String(Object.keys(QUESTIONS).indexOf(key) + 1).padStart(3, "0")}.xml`;
const ours = (key: keyof typeof QUESTIONS, answer: unknown) => {
  const q = QUESTIONS[key]!;
  const typed = parseQuestion({ type: q.type, content: q.content, answerKey: q.answerKey });
  return gradeAnswer({ ...typed, points: q.points ?? 1 }, answer).score!;
};

const choice = (page: Page, text: string): Locator => page.locator("qti-simple-choice", { hasText: text });

type Case = { name: string; answer: unknown; act: (page: Page) => Promise<void>; differs?: number };
const CASES: Record<keyof typeof QUESTIONS, Case[]> = {
  single: [
    { name: "right", answer: { choiceId: "rec" }, act: (p) => choice(p, "Recognised").click() },
    { name: "wrong", answer: { choiceId: "san" }, act: (p) => choice(p, "sanctions").click() },
  ],
  multiple: [
    {
      name: "all right",
      answer: { choiceIds: ["flank", "trade", "drugs"] },
      act: async (p) => {
        for (const t of ["southern flank", "Trade", "Drug"]) await choice(p, t).click();
      },
    },
    {
      name: "two right, one wrong",
      answer: { choiceIds: ["flank", "trade", "space"] },
      act: async (p) => {
        for (const t of ["southern flank", "Trade", "space"]) await choice(p, t).click();
      },
    },
    {
      name: "only the wrong one (floored at 0)",
      answer: { choiceIds: ["space"] },
      act: (p) => choice(p, "space").click(),
    },
  ],
  cloze: [
    { name: "accepted", answer: { text: "recognised" }, act: (p) => fillBlank(p, "recognised") },
    { name: "other case", answer: { text: "Recognized" }, act: (p) => fillBlank(p, "Recognized") },
    { name: "wrong", answer: { text: "denounced" }, act: (p) => fillBlank(p, "denounced") },
    // Our grader drops closing punctuation; QTI's mapping compares the string as typed: 0 in the player.
    { name: "with a full stop", answer: { text: "recognised." }, act: (p) => fillBlank(p, "recognised."), differs: 0 },
  ],
  ordering: [
    {
      name: "in order",
      answer: { order: ["first", "second", "third"] },
      act: (p) => order(p, ["The Taliban take Kabul", "Moscow opens talks", "Russia recognises"]),
    },
    {
      name: "one in place",
      answer: { order: ["first", "third", "second"] },
      act: (p) => order(p, ["The Taliban take Kabul", "Russia recognises", "Moscow opens talks"]),
    },
  ],
  evidence: [
    { name: "supporting passage", answer: { passageId: "pas-2" }, act: (p) => choice(p, "southern flank").click() },
    { name: "another passage", answer: { passageId: "pas-3" }, act: (p) => choice(p, "Western capitals").click() },
  ],
};

async function fillBlank(page: Page, text: string) {
  const input = page.locator("qti-text-entry-interaction input");
  await input.fill(text);
  await input.blur();
}

/** Drags the order interaction's items into the order given (by their text). */
async function order(page: Page, texts: string[]) {
  const slots = page.locator("qti-order-interaction [part~='drop-list'], qti-order-interaction [part~='drop']");
  for (const [i, t] of texts.entries()) await choice(page, t).dragTo(slots.nth(i));
}

for (const [key, cases] of Object.entries(CASES) as [keyof typeof QUESTIONS, Case[]][])
  test(`the ${key} item scores in a QTI 3 player as it does here`, async ({ page }) => {
    const { outside, served } = await openPlayer(page, files);
    const q = QUESTIONS[key]!;
    for (const c of cases) {
      await test.step(c.name, async () => {
        expect(await loadItem(page, itemFile(key))).toMatch(/^Q\d{3}$/);
        await expect(page.locator("#item").getByText(q.prompt).first()).toBeVisible();
        await c.act(page);
        const player = await playerScore(page);
        expect(player.maxScore, "MAXSCORE is the question's points").toBe(q.points);
        const expected = c.differs ?? ours(key, c.answer);
        expect(player.score, `${key}, ${c.name}: player ${JSON.stringify(player.response)}`).toBeCloseTo(expected, 6);
        if (c.differs !== undefined) expect(ours(key, c.answer), "our grader's own score").not.toBe(c.differs);
      });
    }
    await page.screenshot({ path: test.info().outputPath(`qti-player-${key}.png`), fullPage: true });
    expect(outside, "requests the player made to anywhere else").toEqual([]);
    // Each item came from the package. The essay's stimulus is not fetched: this player fills a stimulus only into
    // an element marked data-stimulus-idref, which our items lack (docs/features/interop.md).
    expect(served).toContain(`/package/${itemFile(key)}`);
    expect(served.filter((p) => p.startsWith("/package/stimuli/"))).toEqual([]);
  });
