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
const cloze = { type: "CLOZE", content: { before: "Russia recognised the", after: "" } } as const;

describe("answerGroupOf", () => {
  it("groups single and multiple choice answers by what was chosen, in choice order", () => {
    expect(answerGroupOf({ type: "SINGLE_CHOICE", content: choices }, { choiceId: "b" }, name)).toMatchObject({
      key: "c:b",
      label: "Beta",
      text: null,
    });
    expect(answerGroupOf({ type: "MULTIPLE_SELECT", content: choices }, { choiceIds: ["c", "a"] }, name)).toMatchObject(
      {
        key: "m:a,c",
        label: "Alpha + Gamma",
      },
    );
  });
  it("groups cloze answers case-insensitively but shows the typed word", () => {
    const x = answerGroupOf(cloze, { text: " Kabul " }, name);
    const y = answerGroupOf(cloze, { text: "kabul" }, name);
    expect(x.key).toBe(y.key);
    expect(x.label).toBe("“Kabul”");
  });
  it("lists written answers with their text and debate answers by stance", () => {
    expect(answerGroupOf({ type: "SHORT_ANSWER", content: {} }, { text: "Because." }, name)).toEqual({
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
      minCitations: 1,
    };
    expect(
      answerGroupOf({ type: "DEBATE", content: debate }, { stanceId: "con", text: "No.", citations: [] }, name),
    ).toEqual({
      key: "s:con",
      label: "Do not",
      text: "No.",
      stanceId: "con",
    });
  });
  it("names evidence answers by passage and true/false by value", () => {
    expect(
      answerGroupOf({ type: "EVIDENCE", content: { claim: "c", options: ["p1", "p2"] } }, { passageId: "p1" }, name)
        .label,
    ).toBe("passage p1");
    expect(answerGroupOf({ type: "TRUE_FALSE", content: {} }, { value: false }, name).label).toBe("False");
  });
});
