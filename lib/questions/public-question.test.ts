import { describe, expect, it } from "vitest";
import { forAnswering, seededShuffle, toPublicQuestion, type PassageRef } from "./public-question";
import type { QuestionType } from "./schema";
import type { QuestionOf } from "./typed-question";

const passage: PassageRef = {
  id: "p1",
  essaySlug: "e",
  essayTitle: "E",
  paragraph: 1,
  sentence: 2,
  text: "Then there’s ISIS-K, the Afghan branch.",
};
const q = (type: QuestionType) => ({ id: "q", type, prompt: "?", points: 1, content: {}, passages: [passage] });
const choices = [
  { id: "a", text: "The Taliban" },
  { id: "b", text: "The Kremlin" },
];
/** One question of each type with its key; none of the keys is quoted in `passage`. */
const keyed: { [T in QuestionType]: QuestionOf<T> } = {
  SINGLE_CHOICE: { type: "SINGLE_CHOICE", content: { choices }, answerKey: { correct: "a" } },
  MULTIPLE_SELECT: { type: "MULTIPLE_SELECT", content: { choices }, answerKey: { correct: ["a", "b"] } },
  TRUE_FALSE: { type: "TRUE_FALSE", content: {}, answerKey: { correct: true } },
  SHORT_ANSWER: { type: "SHORT_ANSWER", content: {}, answerKey: { modelAnswer: "Leverage", keywords: [] } },
  CLOZE: {
    type: "CLOZE",
    content: { before: "Then there’s", after: ", the Afghan branch." },
    answerKey: { accepted: ["ISIS-K"], caseSensitive: false },
  },
  EVIDENCE: {
    type: "EVIDENCE",
    content: { claim: "A branch exists.", options: ["p1", "p2"] },
    answerKey: { correct: ["p1"] },
  },
  ATTRIBUTION: {
    type: "ATTRIBUTION",
    content: {
      statement: "A branch exists.",
      essays: [
        { slug: "e", title: "E" },
        { slug: "f", title: "F" },
      ],
    },
    answerKey: { correct: "e" },
  },
  ORDERING: { type: "ORDERING", content: { items: choices }, answerKey: { order: ["b", "a"] } },
  DEBATE: { type: "DEBATE", content: { stances: choices, minCitations: 1 }, answerKey: {} },
};

describe("toPublicQuestion", () => {
  it("keeps the typed content and drops the key, explanation and rubric", () => {
    const stored = {
      id: "q",
      prompt: "?",
      points: 1,
      passages: [passage],
      type: "SINGLE_CHOICE" as const,
      content: { choices: [{ id: "a", text: "A" }] },
      answerKey: { correct: "a" },
      explanation: "Because.",
      rubric: "r",
    };
    expect(toPublicQuestion(stored)).toEqual({
      id: "q",
      prompt: "?",
      points: 1,
      passages: [passage],
      type: "SINGLE_CHOICE",
      content: { choices: [{ id: "a", text: "A" }] },
    });
  });
});

describe("forAnswering", () => {
  it("drops the source passage where it is the answer", () => {
    for (const t of ["EVIDENCE", "ATTRIBUTION"] as const) expect(forAnswering(q(t), keyed[t]).passages).toEqual([]);
  });
  it("shows a cloze's passage with the blank blanked (issue 15: one rule, passagesWhileAnswering)", () => {
    expect(forAnswering(q("CLOZE"), keyed.CLOZE).passages).toEqual([
      { ...passage, text: "Then there’s ____, the Afghan branch." },
    ]);
  });
  it("keeps it for the other types, and drops every passage when the assignment hides them", () => {
    for (const t of ["SINGLE_CHOICE", "MULTIPLE_SELECT", "TRUE_FALSE", "SHORT_ANSWER", "ORDERING", "DEBATE"] as const) {
      expect(forAnswering(q(t), keyed[t]).passages).toEqual([passage]);
      expect(forAnswering(q(t), keyed[t], false).passages).toEqual([]);
    }
  });
});

describe("seededShuffle", () => {
  it("is a stable permutation for a seed", () => {
    const items = ["a", "b", "c", "d", "e", "f"];
    expect(seededShuffle(items, 42)).toEqual(seededShuffle(items, 42));
    expect([...seededShuffle(items, 42)].sort()).toEqual(items);
    expect(seededShuffle(items, 1)).not.toEqual(seededShuffle(items, 2));
  });
});
