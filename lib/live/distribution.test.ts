import { describe, expect, it } from "vitest";
import { bucketsOf, correctBucketIds, correctText, fixedBuckets, tallyAnswers } from "./distribution";

const single = {
  type: "SINGLE_CHOICE" as const,
  content: {
    choices: [
      { id: "a", text: "Alpha" },
      { id: "b", text: "Beta" },
    ],
  },
};
const multi = { type: "MULTIPLE_SELECT" as const, content: single.content };

describe("live distribution", () => {
  it("counts choice answers per option, keeping empty bars", () => {
    const t = tallyAnswers(single, [
      { answer: { choiceId: "a" }, count: 3 },
      { answer: { choiceId: "zzz" }, count: 1 },
    ]);
    expect(t.answered).toBe(4);
    expect(t.buckets).toEqual([
      { id: "a", label: "Alpha", count: 3 },
      { id: "b", label: "Beta", count: 0 },
    ]);
  });

  it("counts a multiple-select answer towards every option picked", () => {
    const t = tallyAnswers(multi, [
      { answer: { choiceIds: ["a", "b"] }, count: 2 },
      { answer: { choiceIds: ["b"] }, count: 1 },
    ]);
    expect(t.answered).toBe(3);
    expect(t.buckets.map((b) => b.count)).toEqual([2, 3]);
  });

  it("groups true/false and cloze answers, merging rare cloze answers into Other", () => {
    expect(tallyAnswers({ type: "TRUE_FALSE", content: {} }, [{ answer: { value: false }, count: 2 }]).buckets).toEqual(
      [
        { id: "true", label: "True", count: 0 },
        { id: "false", label: "False", count: 2 },
      ],
    );
    const cloze = { type: "CLOZE" as const, content: { before: "x", after: "y" } };
    const groups = ["Moscow", "moscow.", "Kabul", "Delhi", "Tehran"].map((text, i) => ({
      answer: { text },
      count: i + 1,
    }));
    const t = tallyAnswers(cloze, groups, [], 3);
    expect(t.buckets).toEqual([
      { id: "text:tehran", label: "tehran", count: 5 },
      { id: "text:delhi", label: "delhi", count: 4 },
      { id: "other", label: "Other answers", count: 6 },
    ]);
    expect(correctBucketIds({ ...cloze, answerKey: { accepted: ["Moscow"], caseSensitive: false } })).toEqual([
      "text:moscow",
    ]);
  });

  it("names the correct answer for the reveal", () => {
    expect(correctBucketIds({ ...single, answerKey: { correct: "b" } })).toEqual(["b"]);
    expect(correctText({ ...single, answerKey: { correct: "b" } })).toBe("Beta");
    expect(correctText({ type: "TRUE_FALSE", content: {}, answerKey: { correct: false } })).toBe("False");
    const ordering = {
      type: "ORDERING" as const,
      content: {
        items: [
          { id: "x", text: "First" },
          { id: "y", text: "Second" },
        ],
      },
    };
    expect(correctText({ ...ordering, answerKey: { order: ["y", "x"] } })).toBe("1. Second  2. First");
    expect(bucketsOf(ordering, { order: ["x", "y"] })).toEqual([{ id: "answered", label: "Answered" }]);
  });

  it("labels evidence options with their passage", () => {
    const q = { type: "EVIDENCE" as const, content: { claim: "c", options: ["p1", "p2"] } };
    const citable = [{ id: "p1", essaySlug: "e", essayTitle: "E", paragraph: 3, sentence: 2, text: "Short text." }];
    expect(fixedBuckets(q, citable)).toEqual([
      { id: "p1", label: "¶3 s2: Short text." },
      { id: "p2", label: "p2" },
    ]);
  });
});
