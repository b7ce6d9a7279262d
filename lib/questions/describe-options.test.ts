import { describe, expect, it } from "vitest";
import { describeOptions } from "./describe-options";

describe("describeOptions", () => {
  it("lists what a student is offered, per type", () => {
    const choices = {
      choices: [
        { id: "a", text: "Border security" },
        { id: "b", text: "Ideology" },
      ],
    };
    expect(describeOptions({ type: "SINGLE_CHOICE", content: choices })).toEqual(["Border security", "Ideology"]);
    expect(describeOptions({ type: "TRUE_FALSE", content: {} })).toEqual(["True", "False"]);
    expect(
      describeOptions({ type: "CLOZE", content: { before: "Russia recognised the", after: "government." } }),
    ).toEqual(["Russia recognised the ____ government."]);
    expect(describeOptions({ type: "ORDERING", content: { items: [{ id: "x", text: "First" }] } })).toEqual(["First"]);
    expect(
      describeOptions({ type: "DEBATE", content: { stances: [{ id: "y", text: "Yes" }], minCitations: 1 } }),
    ).toEqual(["Yes"]);
    expect(describeOptions({ type: "SHORT_ANSWER", content: {} })).toEqual([]);
  });

  it("lists nothing for a question whose list is empty", () => {
    expect(describeOptions({ type: "MULTIPLE_SELECT", content: { choices: [] } })).toEqual([]);
  });
});
