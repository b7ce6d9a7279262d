import { describe, expect, it } from "vitest";
import { randomChoiceId, reidChoices } from "./choice-ids";

describe("opaque choice ids", () => {
  it("are random, not letters", () => {
    const ids = new Set(Array.from({ length: 200 }, randomChoiceId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^c[0-9a-f]{9}$/);
  });

  it("re-id choices and items and rewrite the key to match", () => {
    const choices = [
      { id: "a", text: "x" },
      { id: "b", text: "y" },
    ];
    const sc = reidChoices("SINGLE_CHOICE", { choices }, { correct: "b" });
    expect(sc.answerKey.correct).toBe(sc.content.choices[1]!.id);
    const ms = reidChoices("MULTIPLE_SELECT", { choices }, { correct: ["a", "b"] });
    expect(ms.answerKey.correct).toEqual(ms.content.choices.map((c) => c.id));
    const ord = reidChoices("ORDERING", { items: choices }, { order: ["b", "a"] });
    expect(ord.answerKey.order).toEqual([ord.content.items[1]!.id, ord.content.items[0]!.id]);
    expect(reidChoices("TRUE_FALSE", {}, { correct: true })).toEqual({ content: {}, answerKey: { correct: true } });
  });
});
