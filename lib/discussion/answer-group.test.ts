import { describe, expect, it } from "vitest";
import { answerGroupOf } from "./answer-group";

const choices = {
  choices: [
    { id: "a", text: "Alpha" },
    { id: "b", text: "Beta" },
    { id: "c", text: "Gamma" },
  ],
};
const name = (id: string) => `passage ${id}`;

describe("answerGroupOf", () => {
  it("groups single and multiple choice answers by what was chosen, in choice order", () => {
    expect(answerGroupOf("SINGLE_CHOICE", choices, { choiceId: "b" }, name)).toMatchObject({
      key: "c:b",
      label: "Beta",
      text: null,
    });
    expect(answerGroupOf("MULTIPLE_SELECT", choices, { choiceIds: ["c", "a"] }, name)).toMatchObject({
      key: "m:a,c",
      label: "Alpha + Gamma",
    });
  });
  it("groups cloze answers case-insensitively but shows the typed word", () => {
    const x = answerGroupOf("CLOZE", {}, { text: " Kabul " }, name);
    const y = answerGroupOf("CLOZE", {}, { text: "kabul" }, name);
    expect(x.key).toBe(y.key);
    expect(x.label).toBe("“Kabul”");
  });
  it("lists written answers with their text and debate answers by stance", () => {
    expect(answerGroupOf("SHORT_ANSWER", {}, { text: "Because." }, name)).toEqual({
      key: "written",
      label: "Written answers",
      text: "Because.",
      stanceId: null,
    });
    const debate = {
      stances: [
        { id: "pro", text: "Recognise" },
        { id: "con", text: "Do not" },
      ],
    };
    expect(answerGroupOf("DEBATE", debate, { stanceId: "con", text: "No.", citations: [] }, name)).toEqual({
      key: "s:con",
      label: "Do not",
      text: "No.",
      stanceId: "con",
    });
  });
  it("names evidence answers by passage and true/false by value", () => {
    expect(answerGroupOf("EVIDENCE", {}, { passageId: "p1" }, name).label).toBe("passage p1");
    expect(answerGroupOf("TRUE_FALSE", {}, { value: false }, name).label).toBe("False");
  });
});
