import { describe, expect, it } from "vitest";
import { slantedAxisHeight, valueAxis } from "./bar-chart-plot";

const students = [{ key: "students", name: "Students", color: "#000" }];

describe("valueAxis", () => {
  it("widens counts of students to a round top, with whole-number ticks from 0", () => {
    const axis = valueAxis(
      [
        { label: "0–10%", students: 3 },
        { label: "10–20%", students: 7 },
      ],
      students,
    );
    expect(axis.lo).toBe(0);
    expect(axis.hi).toBeGreaterThanOrEqual(7);
    expect(axis.ticks[0]).toBe(0);
    expect(axis.ticks.at(-1)).toBe(axis.hi);
    expect(axis.ticks.every(Number.isInteger)).toBe(true);
  });

  it("keeps an axis (0 to 1) when every bin is empty", () => {
    expect(valueAxis([{ label: "a", students: 0 }], students)).toEqual({ lo: 0, hi: 1, ticks: [0, 1] });
  });

  const itemStats = [
    { key: "facility", name: "Facility", color: "#000" },
    { key: "discrimination", name: "Discrimination", color: "#111" },
  ];
  const withLowest = (discrimination: number | null) =>
    valueAxis(
      [
        { label: "Q1", facility: 80, discrimination: 20 },
        { label: "Q2", facility: 40, discrimination },
      ],
      itemStats,
      [-100, 100],
    );

  it("keeps the given domain's top and goes below zero only as far as the data needs, missing values skipped", () => {
    expect(withLowest(null)).toEqual({ lo: 0, hi: 100, ticks: [0, 20, 40, 60, 80, 100] });
    expect(withLowest(5)).toMatchObject({ lo: 0, hi: 100 });
    expect(withLowest(-12)).toEqual({ lo: -20, hi: 100, ticks: [-20, 0, 20, 40, 60, 80, 100] });
    expect(withLowest(-80)).toEqual({ lo: -100, hi: 100, ticks: [-100, -50, 0, 50, 100] });
    expect(withLowest(-100)).toMatchObject({ lo: -100 });
  });
});

describe("slantedAxisHeight", () => {
  it("grows with the longest label", () => {
    const h = (labels: string[]) => parseFloat(slantedAxisHeight(labels.map((label) => ({ label }))));
    expect(h(["Q1", "Q17"])).toBeLessThan(h(["0–2 min", "10–12 min"]));
    // "10–12 min" at 11 px: about 38 px of slanted text under a 6 px offset
    expect(h(["10–12 min"]) * 11).toBeGreaterThan(44);
  });
});
