import { describe, expect, it } from "vitest";
import { guideQuestionOrder, layoutGuide, openSectionCount, pickGuideEssay, type GuidePassage } from "./guide-layout";

// Two paragraphs: ¶1 has sentences s1..s3, ¶2 has s1..s2.
const passages: GuidePassage[] = [
  { id: "p1", paragraph: 1, sentence: 0 },
  { id: "p1s1", paragraph: 1, sentence: 1 },
  { id: "p1s2", paragraph: 1, sentence: 2 },
  { id: "p1s3", paragraph: 1, sentence: 3 },
  { id: "p2", paragraph: 2, sentence: 0 },
  { id: "p2s2", paragraph: 2, sentence: 2 },
  { id: "p2s1", paragraph: 2, sentence: 1 },
];
const at = (paragraph: number, sentence: number, essaySlug = "e") => ({ essaySlug, paragraph, sentence });

describe("layoutGuide", () => {
  it("places each question after the last passage it cites and keeps every sentence once, in order", () => {
    const sections = layoutGuide("e", passages, [
      { id: "q1", passages: [at(2, 1), at(1, 2)] }, // last cited: ¶2 s1
      { id: "q2", passages: [at(1, 2)] },
      { id: "q3", passages: [at(1, 0)] }, // a paragraph: after its last sentence
    ]);
    expect(sections).toEqual([
      { sentences: ["p1s1", "p1s2"], questionIds: ["q2"] },
      { sentences: ["p1s3"], questionIds: ["q3"] },
      { sentences: ["p2s1"], questionIds: ["q1"] },
      { sentences: ["p2s2"], questionIds: [] },
    ]);
    expect(guideQuestionOrder(sections)).toEqual(["q2", "q3", "q1"]);
  });

  it("puts questions at the same place in the given order, and uncited or other-essay questions at the end", () => {
    const sections = layoutGuide("e", passages, [
      { id: "a", passages: [at(2, 2)] },
      { id: "none", passages: [] },
      { id: "b", passages: [at(2, 2)] },
      { id: "other", passages: [at(1, 1, "another-essay")] },
    ]);
    expect(sections).toEqual([
      { sentences: ["p1s1", "p1s2", "p1s3", "p2s1", "p2s2"], questionIds: ["a", "b"] },
      { sentences: [], questionIds: ["none", "other"] },
    ]);
  });

  it("with no questions is the whole essay, open", () => {
    const sections = layoutGuide("e", passages, []);
    expect(sections).toHaveLength(1);
    expect(openSectionCount(sections, new Set(), false)).toBe(1);
  });
});

describe("openSectionCount", () => {
  const sections = layoutGuide("e", passages, [
    { id: "q1", passages: [at(1, 1)] },
    { id: "q2", passages: [at(1, 3)] },
    { id: "q3", passages: [at(1, 3)] },
  ]);
  it("opens the text below a question once it is answered, and needs every question at one place", () => {
    expect(openSectionCount(sections, new Set(), false)).toBe(1);
    expect(openSectionCount(sections, new Set(["q1"]), false)).toBe(2);
    expect(openSectionCount(sections, new Set(["q1", "q2"]), false)).toBe(2);
    expect(openSectionCount(sections, new Set(["q1", "q2", "q3"]), false)).toBe(3);
  });
  it("does not open past an unanswered question even if later ones were answered", () => {
    expect(openSectionCount(sections, new Set(["q2", "q3"]), false)).toBe(1);
  });
  it("opens everything when the gate is off", () => {
    expect(openSectionCount(sections, new Set(), true)).toBe(3);
  });
});

describe("pickGuideEssay", () => {
  it("takes the most cited essay, the first cited on a tie, the fallback when nothing is cited", () => {
    expect(pickGuideEssay([{ id: "q", passages: [at(1, 1, "x"), at(1, 1, "y"), at(1, 2, "y")] }], "z")).toBe("y");
    expect(pickGuideEssay([{ id: "q", passages: [at(1, 1, "x"), at(1, 1, "y")] }], "z")).toBe("x");
    expect(pickGuideEssay([{ id: "q", passages: [] }], "z")).toBe("z");
  });
});
