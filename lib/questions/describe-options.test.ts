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
    expect(describeOptions("SINGLE_CHOICE", choices)).toEqual(["Border security", "Ideology"]);
    expect(describeOptions("TRUE_FALSE", {})).toEqual(["True", "False"]);
    expect(describeOptions("CLOZE", { before: "Russia recognised the", after: "government." })).toEqual([
      "Russia recognised the ____ government.",
    ]);
    expect(describeOptions("ORDERING", { items: [{ id: "x", text: "First" }] })).toEqual(["First"]);
    expect(describeOptions("DEBATE", { stances: [{ id: "y", text: "Yes" }] })).toEqual(["Yes"]);
    expect(describeOptions("SHORT_ANSWER", {})).toEqual([]);
  });

  it("survives content missing its lists", () => {
    expect(describeOptions("MULTIPLE_SELECT", null)).toEqual([]);
  });
});
