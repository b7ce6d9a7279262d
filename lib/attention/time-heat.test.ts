import { describe, expect, it } from "vitest";
import { TIME_STEPS, formatDuration, timeColor } from "./time-heat";

describe("time heat", () => {
  it("shades by share of the most-read paragraph", () => {
    expect(timeColor(0)).toBe(TIME_STEPS[0].color);
    expect(timeColor(0.5)).toBe(TIME_STEPS[2].color);
    expect(timeColor(1)).toBe(TIME_STEPS[4].color);
  });

  it("formats durations for people", () => {
    expect(formatDuration(0)).toBe("0 s");
    expect(formatDuration(44_600)).toBe("45 s");
    expect(formatDuration(200_000)).toBe("3 min 20 s");
    expect(formatDuration(120_000)).toBe("2 min");
    expect(formatDuration(3_900_000)).toBe("1 h 5 min");
  });
});
