import { describe, expect, it } from "vitest";
import { valueAxis } from "./bar-chart-plot";

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

  it("uses the domain it is given, negative values included, and skips missing values", () => {
    const axis = valueAxis(
      [{ label: "Q1", facility: 80, discrimination: null }],
      [
        { key: "facility", name: "Facility", color: "#000" },
        { key: "discrimination", name: "Discrimination", color: "#111" },
      ],
      [-100, 100],
    );
    expect(axis).toEqual({ lo: -100, hi: 100, ticks: [-100, -50, 0, 50, 100] });
  });
});
