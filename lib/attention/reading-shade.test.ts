import { describe, expect, it } from "vitest";
import { readingShade } from "./reading-shade";
import { TIME_STEPS } from "./time-heat";

const passages = [
  { id: "p1", paragraph: 1, sentence: 0 },
  { id: "p1s1", paragraph: 1, sentence: 1 },
  { id: "p1s2", paragraph: 1, sentence: 2 },
  { id: "p2", paragraph: 2, sentence: 0 },
  { id: "p2s1", paragraph: 2, sentence: 1 },
  { id: "p3", paragraph: 3, sentence: 0 },
  { id: "p3s1", paragraph: 3, sentence: 1 },
];

describe("readingShade", () => {
  it("tints each sentence by its paragraph's share of the most-read paragraph", () => {
    const shade = readingShade(passages, {
      p1: { totalMs: 100_000, medianMs: 50_000 },
      p2: { totalMs: 10_000, medianMs: 5_000 },
    });
    expect(shade.p1s1).toEqual({ color: TIME_STEPS[4].color, title: "¶1: 1 min 40 s in all, median 50 s" });
    expect(shade.p1s2).toEqual(shade.p1s1);
    expect(shade.p2s1).toEqual({ color: TIME_STEPS[0].color, title: "¶2: 10 s in all, median 5 s" });
  });

  it("leaves paragraphs nobody had on screen, and the paragraph rows themselves, untinted", () => {
    const shade = readingShade(passages, { p1: { totalMs: 0, medianMs: 0 }, p2: { totalMs: 5, medianMs: 5 } });
    expect(Object.keys(shade)).toEqual(["p2s1"]);
    expect(readingShade(passages, {})).toEqual({});
  });
});
