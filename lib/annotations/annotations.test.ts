import { describe, expect, it } from "vitest";
import { selectorFromRange } from "../passages/selectors";
import { anchorAnnotation, passagesInSpan } from "./anchor";
import { expectationText, readingProgress, scoreRuleText } from "./expectation";
import { annotationInput, replyBody } from "./input";
import { moveSelection, selectionSpan, wordsOf } from "./keyboard-range";
import { runsFor } from "./segments";

const body = "The treaty was signed. The army withdrew. Then the treaty was broken.";
const sel = (b: string, start: number, end: number) => selectorFromRange(b, start, end)!;

describe("anchorAnnotation", () => {
  it("uses the position while the text there is unchanged", () => {
    const s = sel(body, 4, 10); // "treaty"
    expect(anchorAnnotation(body, s)).toEqual({ status: "anchored", start: 4, end: 10, moved: false });
  });

  it("finds the quote by its context after an edit before it, not the first occurrence of the words", () => {
    const s = sel(body, body.lastIndexOf("treaty"), body.lastIndexOf("treaty") + 6); // the second "treaty"
    const edited = "Preface. " + body.replace("The army withdrew.", "The army, at last, withdrew.");
    const r = anchorAnnotation(edited, s);
    expect(r.status).toBe("anchored");
    expect(r.moved).toBe(true);
    expect(r.start).toBe(edited.lastIndexOf("treaty"));
  });

  it("orphans an annotation whose words are gone, keeping nothing else to point at", () => {
    const s = sel(body, 23, 41); // "The army withdrew."
    const edited = body.replace("The army withdrew. ", "");
    expect(anchorAnnotation(edited, s)).toEqual({ status: "orphaned", start: null, end: null, moved: false });
  });

  it("does not trust a position whose text changed even when the span length is the same", () => {
    const s = sel(body, 4, 10);
    const edited = body.replace("treaty was signed", "accord was signed");
    // the first "treaty" is gone; the second one matches by words (context weaker), so it moves there
    const r = anchorAnnotation(edited, s);
    expect(r).toMatchObject({ status: "anchored", moved: true, start: edited.indexOf("treaty") });
  });
});

describe("passagesInSpan", () => {
  const passages = [
    { id: "p1", paragraph: 1, sentence: 0, start: 0, end: 41 },
    { id: "s1", paragraph: 1, sentence: 1, start: 0, end: 22 },
    { id: "s2", paragraph: 1, sentence: 2, start: 23, end: 41 },
    { id: "s3", paragraph: 2, sentence: 1, start: 42, end: 69 },
  ];
  it("lists the sentences a span touches and their paragraphs", () => {
    expect(passagesInSpan(passages, 10, 45)).toEqual({ passageIds: ["s1", "s2", "s3"], paragraphs: [1, 2] });
    expect(passagesInSpan(passages, 23, 30)).toEqual({ passageIds: ["s2"], paragraphs: [1] });
  });
});

describe("runsFor", () => {
  it("tiles the range into runs covered by the same annotations", () => {
    const runs = runsFor(0, 20, [
      { id: "a", start: 2, end: 10 },
      { id: "b", start: 5, end: 15 },
      { id: "c", start: 30, end: 40 },
    ]);
    expect(runs).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 5, ids: ["a"] },
      { start: 5, end: 10, ids: ["a", "b"] },
      { start: 10, end: 15, ids: ["b"] },
      { start: 15, end: 20, ids: [] },
    ]);
  });
  it("is one plain run when nothing overlaps", () => {
    expect(runsFor(3, 9, [])).toEqual([{ start: 3, end: 9, ids: [] }]);
  });
});

describe("reading expectation", () => {
  const e = { minAnnotations: 3, minParagraphs: 2, minReplies: 1, points: 10 };
  it("counts annotations, distinct paragraphs and replies, and scores a share until met", () => {
    const p = readingProgress(e, [{ paragraphs: [1] }, { paragraphs: [1] }], 0);
    expect(p).toMatchObject({ annotations: 2, paragraphs: 1, replies: 0, met: false });
    // (2/3 + 1/2 + 0/1) / 3 × 10
    expect(p.score).toBeCloseTo(3.89, 2);
    const done = readingProgress(e, [{ paragraphs: [1] }, { paragraphs: [2, 3] }, { paragraphs: [3] }], 2);
    expect(done).toEqual({ annotations: 3, paragraphs: 3, replies: 2, met: true, score: 10 });
  });
  it("has no score when the assignment is not scored, and says the rule in words", () => {
    expect(readingProgress({ ...e, points: null }, [], 0).score).toBeNull();
    expect(expectationText(e)).toBe(
      "Add at least 3 annotations spread over at least 2 paragraphs, and write at least 1 reply to a classmate.",
    );
    expect(expectationText({ ...e, minParagraphs: 1, minReplies: 0, minAnnotations: 1 })).toBe(
      "Add at least 1 annotation.",
    );
    expect(scoreRuleText(e)).toMatch(/worth 10 points/);
    expect(scoreRuleText({ ...e, points: null })).toBeNull();
  });
});

describe("annotation input", () => {
  const ok = { essayId: "e1", kind: "COMMENT", start: 3, end: 9, body: " Why? " };
  it("trims the body and accepts a highlight without one", () => {
    expect(annotationInput.parse(ok).body).toBe("Why?");
    expect(annotationInput.safeParse({ ...ok, kind: "HIGHLIGHT", body: "" }).success).toBe(true);
  });
  it("refuses an empty span, an empty comment, a too-long body or span", () => {
    expect(annotationInput.safeParse({ ...ok, end: 3 }).success).toBe(false);
    expect(annotationInput.safeParse({ ...ok, body: "   " }).success).toBe(false);
    expect(annotationInput.safeParse({ ...ok, body: "x".repeat(2001) }).success).toBe(false);
    expect(annotationInput.safeParse({ ...ok, end: 3000 }).success).toBe(false);
    expect(replyBody.safeParse("  ").success).toBe(false);
  });
});

describe("keyboard selection", () => {
  const words = wordsOf(body, [
    { start: 0, end: 22 },
    { start: 23, end: 41 },
    { start: 42, end: 69 },
  ]);
  it("moves by word and extends with Shift", () => {
    let s = { anchor: 0, focus: 0 };
    s = moveSelection(s, "ArrowRight", false, words)!;
    expect(s).toEqual({ anchor: 1, focus: 1 });
    s = moveSelection(s, "ArrowRight", true, words)!;
    s = moveSelection(s, "ArrowRight", true, words)!;
    expect(body.slice(selectionSpan(s, words)!.start, selectionSpan(s, words)!.end)).toBe("treaty was signed.");
  });
  it("moves by sentence with up/down and extends to sentence ends with Shift+Down", () => {
    let s = moveSelection({ anchor: 0, focus: 0 }, "ArrowDown", false, words)!;
    expect(body.slice(words[s.focus]!.start, words[s.focus]!.end)).toBe("The");
    expect(words[s.focus]!.sentence).toBe(1);
    s = moveSelection(s, "ArrowDown", true, words)!;
    const span = selectionSpan(s, words)!;
    expect(body.slice(span.start, span.end)).toBe("The army withdrew.");
    s = moveSelection({ anchor: 5, focus: 5 }, "ArrowUp", false, words)!;
    expect(s.focus).toBe(4);
    s = moveSelection(s, "ArrowUp", false, words)!;
    expect(s.focus).toBe(0);
    expect(moveSelection(s, "a", false, words)).toBeNull();
  });
});
