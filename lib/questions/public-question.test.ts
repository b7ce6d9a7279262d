import { describe, expect, it } from "vitest";
import { forAnswering, seededShuffle, type PassageRef } from "./public-question";
import type { QuestionType } from "./schema";

const passage: PassageRef = {
  id: "p1",
  essaySlug: "e",
  essayTitle: "E",
  paragraph: 1,
  sentence: 2,
  text: "Then there’s ISIS-K, the Afghan branch.",
};
const q = (type: QuestionType) => ({ id: "q", type, prompt: "?", points: 1, passages: [passage] });

describe("forAnswering", () => {
  it("drops the source passage where it would give the answer away", () => {
    for (const t of ["CLOZE", "EVIDENCE", "ATTRIBUTION"] as const) expect(forAnswering(q(t)).passages).toEqual([]);
  });
  it("keeps it for the other types", () => {
    for (const t of ["SINGLE_CHOICE", "MULTIPLE_SELECT", "TRUE_FALSE", "SHORT_ANSWER", "ORDERING", "DEBATE"] as const)
      expect(forAnswering(q(t)).passages).toEqual([passage]);
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
