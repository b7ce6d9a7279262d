import { describe, expect, it } from "vitest";
import type { QuestionContent } from "../questions/typed-question";
import { describeAnswer, describeCorrectAnswer, isCorrectOption, optionLabels } from "./describe-answer";

const choices = {
  choices: [
    { id: "a", text: "Alpha" },
    { id: "b", text: "Beta" },
  ],
};
const name = (id: string) => `¶${id}`;
const cloze = { type: "CLOZE" as const, content: { before: "Russia recognised", after: "" } };
const evidence = { type: "EVIDENCE" as const, content: { claim: "c", options: ["3", "4"] } };

describe("describeAnswer", () => {
  it.each<[string, QuestionContent, unknown, string]>([
    ["SINGLE_CHOICE", { type: "SINGLE_CHOICE", content: choices }, { choiceId: "b" }, "Beta"],
    ["MULTIPLE_SELECT", { type: "MULTIPLE_SELECT", content: choices }, { choiceIds: ["a", "b"] }, "Alpha; Beta"],
    ["TRUE_FALSE", { type: "TRUE_FALSE", content: {} }, { value: false }, "False"],
    ["CLOZE", cloze, { text: "China" }, "China"],
    ["EVIDENCE", evidence, { passageId: "3" }, "¶3"],
    [
      "ATTRIBUTION",
      { type: "ATTRIBUTION", content: { statement: "s", essays: [{ slug: "m", title: "Moscow" }] } },
      { essaySlug: "m" },
      "Moscow",
    ],
    ["ORDERING", { type: "ORDERING", content: { items: choices.choices } }, { order: ["b", "a"] }, "1. Beta 2. Alpha"],
    [
      "DEBATE",
      { type: "DEBATE", content: { stances: [{ id: "y", text: "Yes" }], minCitations: 1 } },
      { stanceId: "y", text: "Because.", citations: [{ passageId: "2" }] },
      "[Yes] Because. (cites ¶2)",
    ],
  ])("%s", (_type, q, answer, text) => expect(describeAnswer(q, answer, name)).toBe(text));
  it("is empty for no answer", () => expect(describeAnswer(cloze, null)).toBe(""));
  it("quotes the picked passage of an evidence answer when its text is known", () => {
    const text = (id: string) => (id === "3" ? "The bridge fell." : undefined);
    expect(describeAnswer(evidence, { passageId: "3" }, name, text)).toBe("¶3: “The bridge fell.”");
    expect(describeAnswer(evidence, { passageId: "9" }, name, text)).toBe("¶9");
  });
});

describe("options and keys", () => {
  it("lists the options of choice-like questions and marks the correct ones", () => {
    expect(optionLabels({ type: "TRUE_FALSE", content: {} }).map((o) => o.key)).toEqual(["true", "false"]);
    expect(optionLabels(cloze)).toEqual([]);
    expect(isCorrectOption({ type: "TRUE_FALSE", answerKey: { correct: false } }, "false")).toBe(true);
    expect(isCorrectOption({ type: "MULTIPLE_SELECT", answerKey: { correct: ["a"] } }, "b")).toBe(false);
    expect(isCorrectOption({ type: "SHORT_ANSWER", answerKey: { modelAnswer: "m", keywords: [] } }, "x")).toBeNull();
  });
  it("describes the correct answer from the key", () => {
    expect(describeCorrectAnswer({ type: "SINGLE_CHOICE", content: choices, answerKey: { correct: "a" } }, name)).toBe(
      "Alpha",
    );
    expect(
      describeCorrectAnswer({ ...cloze, answerKey: { accepted: ["China", "PRC"], caseSensitive: false } }, name),
    ).toBe("China / PRC");
    expect(describeCorrectAnswer({ ...evidence, answerKey: { correct: ["4"] } }, name)).toBe("¶4");
  });
});
