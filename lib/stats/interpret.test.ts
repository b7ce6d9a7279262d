import { describe, expect, it } from "vitest";
import { itemFlags, readCic, readDiscrimination, readErrorRatio, readFacility } from "./interpret";

describe("plain-words readings (Moodle's thresholds)", () => {
  it("flags negative, near-zero and dubious questions", () => {
    expect(itemFlags({ discriminationIndex: -12, discriminativeEfficiency: -20 }).map((f) => f.kind)).toEqual([
      "negative",
    ]);
    expect(itemFlags({ discriminationIndex: 5, discriminativeEfficiency: 9 }).map((f) => f.kind)).toEqual([
      "near-zero",
      "dubious",
    ]);
    expect(itemFlags({ discriminationIndex: 35, discriminativeEfficiency: 14.9 }).map((f) => f.kind)).toEqual([
      "dubious",
    ]);
    expect(itemFlags({ discriminationIndex: 45, discriminativeEfficiency: 60 })).toEqual([]);
    expect(itemFlags({ discriminationIndex: null, discriminativeEfficiency: null })).toEqual([]);
  });
  it("reads CIC: 75% and above satisfactory, 64–75% borderline, below 64% unsatisfactory", () => {
    expect(readCic(75).label).toBe("Satisfactory");
    expect(readCic(70).label).toBe("Borderline");
    expect(readCic(63.9).label).toBe("Unsatisfactory");
    expect(readCic(-87.2).tone).toBe("red");
    expect(readCic(null).label).toBe("Not enough data");
  });
  it("reads error ratio, discrimination and facility", () => {
    expect(readErrorRatio(49).label).toBe("Satisfactory");
    expect(readErrorRatio(50).label).toBe("High");
    expect(readDiscrimination(-1).label).toBe("Negative");
    expect(readDiscrimination(29.9).label).toBe("Weak");
    expect(readDiscrimination(50).label).toBe("Very good");
    expect(readFacility(0.5).label).toBe("About right");
    expect(readFacility(0.03).label).toBe("Extremely hard");
    expect(readFacility(0.97).label).toBe("Extremely easy");
  });
});
