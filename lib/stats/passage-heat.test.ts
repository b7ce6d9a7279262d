import { describe, expect, it } from "vitest";
import { heatColor, passageHeat } from "./passage-heat";

const passages = [
  { id: "p1", essayId: "e", paragraph: 1, sentence: 0 },
  { id: "p1s1", essayId: "e", paragraph: 1, sentence: 1 },
  { id: "p1s2", essayId: "e", paragraph: 1, sentence: 2 },
  { id: "p2", essayId: "e", paragraph: 2, sentence: 0 },
  { id: "p2s1", essayId: "e", paragraph: 2, sentence: 1 },
];

describe("passageHeat", () => {
  const heat = passageHeat(
    passages,
    [
      { id: "q1", passageIds: ["p1s1"], graded: 10, wrong: 8 },
      { id: "q2", passageIds: ["p1"], graded: 10, wrong: 2 },
      { id: "q3", passageIds: ["p1s1", "p2s1"], graded: 4, wrong: 1 },
    ],
    new Map([
      ["p1s2", { post: 2, response: 1 }],
      ["p1", { post: 1, response: 0 }],
    ]),
  );
  it("adds the questions citing a sentence and those citing its paragraph", () => {
    // p1s1: q1 (8/10) + q2 via ¶1 (2/10) + q3 (1/4) → 11 wrong of 24
    expect(heat.get("p1s1")).toMatchObject({ questionIds: ["q1", "q3", "q2"], graded: 24, wrong: 11 });
    expect(heat.get("p1s1")!.wrongRate).toBeCloseTo(11 / 24, 12);
    // p1s2 only through the paragraph: 2 of 10
    expect(heat.get("p1s2")).toMatchObject({
      questionIds: ["q2"],
      wrongRate: 0.2,
      postCitations: 3,
      responseCitations: 1,
    });
    expect(heat.get("p2s1")).toMatchObject({ questionIds: ["q3"], wrongRate: 0.25, postCitations: 0 });
  });
  it("leaves paragraphs out (they are shaded through their sentences) and has no rate without answers", () => {
    expect(heat.has("p1")).toBe(false);
    const empty = passageHeat(passages, [], new Map());
    expect(empty.get("p2s1")!.wrongRate).toBeNull();
  });
  it("maps rates to the five legend colours", () => {
    expect(heatColor(0)).toBe("#fef3c7");
    expect(heatColor(0.45)).toBe("#fdba74");
    expect(heatColor(1)).toBe("#f87171");
  });
});
