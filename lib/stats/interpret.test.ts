import { describe, expect, it } from "vitest";
import {
  MIN_ATTEMPTS_FOR_VERDICT,
  itemFlags,
  readCic,
  readDiscrimination,
  readErrorRatio,
  readFacility,
  readPending,
} from "./interpret";

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
  it("gives no verdict below ten attempts, only the number and a note that the sample is too small", () => {
    expect(MIN_ATTEMPTS_FOR_VERDICT).toBe(10);
    expect(readCic(40, 2)).toMatchObject({ tone: "slate", label: "Too few attempts" });
    expect(readCic(40, 2).advice).toMatch(/Only 2 attempts: below 10/);
    expect(readDiscrimination(100, 2).label).toBe("Too few attempts");
    expect(readDiscrimination(-100, 9).label).toBe("Too few attempts");
    expect(readErrorRatio(80, 3).label).toBe("Too few attempts");
    expect(itemFlags({ discriminationIndex: -100, discriminativeEfficiency: -100 }, 2)).toEqual([]);
    expect(readDiscrimination(-1, 10).label).toBe("Negative");
    expect(readCic(40, 10).label).toBe("Unsatisfactory");
    expect(itemFlags({ discriminationIndex: -12, discriminativeEfficiency: -20 }, 10).map((f) => f.kind)).toEqual([
      "negative",
    ]);
  });
  it("reads a question with ungraded answers as pending", () => {
    expect(readPending(2)).toMatchObject({
      label: "Pending",
      advice: "2 answers await grading: no reading until graded.",
    });
  });
});
