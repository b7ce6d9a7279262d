import { describe, expect, it } from "vitest";
import { describeAnswer, describeCorrectAnswer, isCorrectOption, optionLabels } from "./describe-answer";

const choices = {
  choices: [
    { id: "a", text: "Alpha" },
    { id: "b", text: "Beta" },
  ],
};
const name = (id: string) => `¶${id}`;

describe("describeAnswer", () => {
  it.each([
    ["SINGLE_CHOICE", choices, { choiceId: "b" }, "Beta"],
    ["MULTIPLE_SELECT", choices, { choiceIds: ["a", "b"] }, "Alpha; Beta"],
    ["TRUE_FALSE", {}, { value: false }, "False"],
    ["CLOZE", {}, { text: "China" }, "China"],
    ["EVIDENCE", {}, { passageId: "3" }, "¶3"],
    ["ATTRIBUTION", { essays: [{ slug: "m", title: "Moscow" }] }, { essaySlug: "m" }, "Moscow"],
    ["ORDERING", { items: choices.choices }, { order: ["b", "a"] }, "1. Beta 2. Alpha"],
    [
      "DEBATE",
      { stances: [{ id: "y", text: "Yes" }] },
      { stanceId: "y", text: "Because.", citations: [{ passageId: "2" }] },
      "[Yes] Because. (cites ¶2)",
    ],
  ])("%s", (type, content, answer, text) => expect(describeAnswer(type, content, answer, name)).toBe(text));
  it("is empty for no answer", () => expect(describeAnswer("CLOZE", {}, null)).toBe(""));
  it("quotes the picked passage of an evidence answer when its text is known", () => {
    const text = (id: string) => (id === "3" ? "The bridge fell." : undefined);
    expect(describeAnswer("EVIDENCE", {}, { passageId: "3" }, name, text)).toBe("¶3: “The bridge fell.”");
    expect(describeAnswer("EVIDENCE", {}, { passageId: "9" }, name, text)).toBe("¶9");
  });
});

describe("options and keys", () => {
  it("lists the options of choice-like questions and marks the correct ones", () => {
    expect(optionLabels("TRUE_FALSE", {}).map((o) => o.key)).toEqual(["true", "false"]);
    expect(optionLabels("CLOZE", {})).toEqual([]);
    expect(isCorrectOption("TRUE_FALSE", { correct: false }, "false")).toBe(true);
    expect(isCorrectOption("MULTIPLE_SELECT", { correct: ["a"] }, "b")).toBe(false);
    expect(isCorrectOption("SHORT_ANSWER", {}, "x")).toBeNull();
  });
  it("describes the correct answer from the key", () => {
    expect(describeCorrectAnswer("SINGLE_CHOICE", choices, { correct: "a" }, name)).toBe("Alpha");
    expect(describeCorrectAnswer("CLOZE", {}, { accepted: ["China", "PRC"] }, name)).toBe("China / PRC");
    expect(describeCorrectAnswer("EVIDENCE", {}, { correct: ["4"] }, name)).toBe("¶4");
  });
});
