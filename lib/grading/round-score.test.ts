import { describe, expect, it } from "vitest";
import { formatScore, roundScore } from "./round-score";

describe("roundScore / formatScore", () => {
  it("keeps quarter and half points as given (1.75 is not 1.8)", () => {
    expect(roundScore(1.75)).toBe(1.75);
    expect(formatScore(1.75)).toBe("1.75");
    expect(formatScore(2)).toBe("2");
    expect(formatScore(1.5)).toBe("1.5");
  });
  it("rounds thirds and float noise to two decimals, half away from zero", () => {
    expect(roundScore(2 / 3)).toBe(0.67);
    expect(roundScore(0.1 + 0.2)).toBe(0.3);
    expect(roundScore(1.005)).toBe(1.01);
    expect(roundScore(-1.005)).toBe(-1.01);
    expect(roundScore(0)).toBe(0);
  });
  it("shows a dash for a missing score", () => {
    expect(formatScore(null)).toBe("–");
    expect(formatScore(undefined)).toBe("–");
  });
});
