import { describe, expect, it } from "vitest";
import { gradeAnswer, gradeFraction, keywordHits, normalizeText } from "./grade";

const mc = { type: "MULTIPLE_SELECT" as const, answerKey: { correct: ["a", "c"] }, points: 2 };

describe("gradeAnswer", () => {
  it("scores single choice, true/false, attribution and evidence all-or-nothing", () => {
    expect(
      gradeAnswer({ type: "SINGLE_CHOICE", answerKey: { correct: "b" }, points: 1 }, { choiceId: "b" }).score,
    ).toBe(1);
    expect(
      gradeAnswer({ type: "SINGLE_CHOICE", answerKey: { correct: "b" }, points: 1 }, { choiceId: "a" }).score,
    ).toBe(0);
    expect(gradeFraction({ type: "TRUE_FALSE", answerKey: { correct: false } }, { value: false })).toBe(1);
    expect(gradeFraction({ type: "TRUE_FALSE", answerKey: { correct: false } }, { value: true })).toBe(0);
    expect(gradeFraction({ type: "ATTRIBUTION", answerKey: { correct: "x" } }, { essaySlug: "x" })).toBe(1);
    expect(gradeFraction({ type: "EVIDENCE", answerKey: { correct: ["p1", "p2"] } }, { passageId: "p2" })).toBe(1);
    expect(gradeFraction({ type: "EVIDENCE", answerKey: { correct: ["p1"] } }, { passageId: "p9" })).toBe(0);
  });

  it("gives partial credit for multiple select and takes it away for wrong picks", () => {
    expect(gradeAnswer(mc, { choiceIds: ["a", "c"] }).score).toBe(2);
    expect(gradeAnswer(mc, { choiceIds: ["a"] }).score).toBe(1);
    expect(gradeAnswer(mc, { choiceIds: ["a", "b"] }).score).toBe(0);
    expect(gradeAnswer(mc, { choiceIds: ["a", "b", "c", "d"] }).score).toBe(0);
    expect(gradeAnswer(mc, { choiceIds: ["a", "c", "d"] }).score).toBe(1);
    expect(gradeAnswer(mc, { choiceIds: [] }).score).toBe(0);
  });

  it("accepts cloze answers regardless of case, curly quotes and trailing punctuation", () => {
    const q = {
      type: "CLOZE" as const,

      answerKey: { accepted: ["ISIS-K", "Islamic State Khorasan"], caseSensitive: false },
    };
    expect(gradeFraction(q, { text: " isis‑k. " })).toBe(1);
    expect(gradeFraction(q, { text: "islamic   state khorasan" })).toBe(1);
    expect(gradeFraction(q, { text: "ISIS" })).toBe(0);
    expect(gradeFraction(q, { text: "" })).toBe(0);
    expect(gradeFraction({ ...q, answerKey: { accepted: ["Kabul"], caseSensitive: true } }, { text: "kabul" })).toBe(0);
  });

  it("credits ordering by items in their correct position", () => {
    const q = { type: "ORDERING" as const, answerKey: { order: ["a", "b", "c", "d"] } };
    expect(gradeFraction(q, { order: ["a", "b", "c", "d"] })).toBe(1);
    expect(gradeFraction(q, { order: ["a", "b", "d", "c"] })).toBe(0.5);
    expect(gradeFraction(q, { order: ["d", "c", "b", "a"] })).toBe(0);
  });

  it("scales the exact fraction by the points: thirds come out whole", () => {
    const ordering = { type: "ORDERING" as const, answerKey: { order: ["a", "b", "c"] }, points: 3 };
    expect(gradeAnswer(ordering, { order: ["a", "c", "b"] })).toEqual({ fraction: 0.333333, score: 1 });
    const select = {
      type: "MULTIPLE_SELECT" as const,

      answerKey: { correct: ["a", "b", "c"] },
      points: 6,
    };
    expect(gradeAnswer(select, { choiceIds: ["a", "b"] }).score).toBe(4);
  });

  it("leaves short answers and debate answers to a person", () => {
    expect(
      gradeAnswer({ type: "SHORT_ANSWER", answerKey: { modelAnswer: "x", keywords: [] }, points: 3 }, { text: "x" }),
    ).toEqual({ fraction: null, score: null });
    expect(gradeFraction({ type: "DEBATE", answerKey: {} }, { stanceId: "a", text: "t", citations: [] })).toBeNull();
  });

  it("scores a missing answer as zero", () => {
    expect(gradeAnswer({ type: "SINGLE_CHOICE", answerKey: { correct: "b" }, points: 1 }, null).score).toBe(0);
  });
});

describe("helpers", () => {
  it("normalizes text for comparison", () => {
    expect(normalizeText("  Russia’s  “Move”!  ")).toBe('russia\'s "move"');
  });
  it("finds rubric keywords in a written answer", () => {
    expect(keywordHits("Russia fears ISIS‑K spilling into Tajikistan", ["isis-k", "tajikistan", "lithium"])).toEqual([
      "isis-k",
      "tajikistan",
    ]);
  });
});
