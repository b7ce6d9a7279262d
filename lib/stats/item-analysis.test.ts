import { describe, expect, it } from "vitest";
import { analyseMatrix, itemStatistics, testStatistics } from "./item-analysis";
import { histogram, median, shape } from "./descriptive";

/*
 * Worked example, by hand. Five students, three right/wrong questions (1 mark each):
 *
 *          Q1 Q2 Q3 | total
 *   S1      1  1  1 |  3
 *   S2      1  1  0 |  2
 *   S3      1  0  1 |  2
 *   S4      0  1  0 |  1
 *   S5      0  0  0 |  0
 *
 * Q1: x = 1,1,1,0,0; mean 0.6 → facility 0.6.
 *     Σ(x − 0.6)² = 3·0.16 + 2·0.36 = 1.2 → variance 1.2/4 = 0.3, SD √0.3 = 0.547723.
 *     Rest of test y = Q2 + Q3 = 2,1,1,1,0; mean 1; Σ(y − 1)² = 1+0+0+0+1 = 2 → variance 0.5.
 *     Σ(x − x̄)(y − ȳ) = 0.4·1 + 0.4·0 + 0.4·0 + (−0.6)·0 + (−0.6)(−1) = 1.0 → covariance 0.25.
 *     DI = 100 · 0.25 / √(0.3 · 0.5) = 25 / 0.387298 = 64.5497 %.
 *     Sorted x = 0,0,1,1,1 and sorted y = 0,1,1,1,2 pair the same way: covariance max 0.25 → DE 100 %.
 * Q2: x = 1,1,0,1,0 (variance 0.3); y = Q1 + Q3 = 2,1,2,0,0 (mean 1, variance 4/4 = 1).
 *     Σ = 0.4·1 + 0.4·0 + (−0.6)·1 + 0.4·(−1) + (−0.6)(−1) = 0 → covariance 0 → DI 0: a question that
 *     does not discriminate.
 * Q3: x = 1,0,1,0,0 (mean 0.4, Σ(x − x̄)² = 2·0.36 + 3·0.16 = 1.2, variance 0.3);
 *     y = Q1 + Q2 = 2,2,1,1,0 (mean 1.2, Σ(y − ȳ)² = 0.64+0.64+0.04+0.04+1.44 = 2.8, variance 0.7).
 *     Σ = 0.6·0.8 − 0.4·0.8 − 0.6·0.2 + 0.4·0.2 + 0.4·1.2 = 0.48 − 0.32 − 0.12 + 0.08 + 0.48 = 0.6 → cov 0.15.
 *     DI = 100 · 0.15 / √(0.3 · 0.7) = 15 / 0.458258 = 32.7327 %.
 * Test: totals 3,2,2,1,0; mean 1.6; median 2; Σ(T − 1.6)² = 1.96+0.16+0.16+0.36+2.56 = 5.2 → variance 1.3.
 *     CIC (KR-20) = 100 · 3/2 · (1 − (0.3+0.3+0.3)/1.3) = 150 · 0.307692 = 46.1538 %.
 *     Error ratio = 100 · √(1 − 0.461538) = 73.3799 %; standard error = 0.733799 · √1.3 = √0.7 = 0.836660.
 */
const worked = [
  [1, 1, 1],
  [1, 1, 0],
  [1, 0, 1],
  [0, 1, 0],
  [0, 0, 0],
];

describe("item statistics, worked example", () => {
  const { items, test } = analyseMatrix(worked, [1, 1, 1]);
  it("computes facility, SD, covariances, DI and DE per question", () => {
    const [q1, q2, q3] = items;
    expect(q1!.facility).toBeCloseTo(0.6, 12);
    expect(q1!.sd).toBeCloseTo(Math.sqrt(0.3), 12);
    expect(q1!.otherMarkVariance).toBeCloseTo(0.5, 12);
    expect(q1!.covariance).toBeCloseTo(0.25, 12);
    expect(q1!.discriminationIndex).toBeCloseTo(64.5497, 3);
    expect(q1!.covarianceMax).toBeCloseTo(0.25, 12);
    expect(q1!.discriminativeEfficiency).toBeCloseTo(100, 9);
    expect(q2!.covariance).toBeCloseTo(0, 12);
    expect(q2!.discriminationIndex).toBeCloseTo(0, 9);
    expect(q3!.facility).toBeCloseTo(0.4, 12);
    expect(q3!.otherMarkVariance).toBeCloseTo(0.7, 12);
    expect(q3!.covariance).toBeCloseTo(0.15, 12);
    expect(q3!.discriminationIndex).toBeCloseTo(32.7327, 3);
  });
  it("computes the test's mean, median, CIC, error ratio and standard error", () => {
    expect(test.mean).toBeCloseTo(1.6, 12);
    expect(test.median).toBe(2);
    expect(test.sd).toBeCloseTo(Math.sqrt(1.3), 12);
    expect(test.cic).toBeCloseTo(46.1538, 3);
    expect(test.errorRatio).toBeCloseTo(73.3799, 3);
    expect(test.standardError).toBeCloseTo(Math.sqrt(0.7), 9);
  });
});

describe("edge cases", () => {
  it("returns nulls, not NaN, when nobody or one person answered", () => {
    expect(itemStatistics([], [1])[0]!.facility).toBeNull();
    const one = itemStatistics([[1, 0]], [1, 1])[0]!;
    expect(one.facility).toBe(1);
    expect(one.sd).toBeNull();
    expect(one.discriminationIndex).toBeNull();
    expect(testStatistics([], []).mean).toBeNull();
  });
  it("gives a null DI and DE when everyone scored the same on a question", () => {
    const s = itemStatistics(
      [
        [1, 1],
        [1, 0],
        [1, 1],
      ],
      [1, 1],
    );
    expect(s[0]!.discriminationIndex).toBeNull();
    expect(s[0]!.discriminativeEfficiency).toBeNull();
    expect(Number.isNaN(s[1]!.facility)).toBe(false);
  });
  it("handles questions worth more than one mark", () => {
    expect(itemStatistics([[2], [4], [0]], [4])[0]!.facility).toBeCloseTo(0.5, 12);
  });
  it("median of an even count is the mean of the middle two; histogram puts 0.7 in the 0.7–0.8 bin", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const h = histogram([0.7, 1, 0], 0, 1, 10);
    expect(h[7]!.count).toBe(1);
    expect(h[9]!.count).toBe(1);
    expect(h[0]!.count).toBe(1);
    expect(shape([1, 2]).skewness).toBeNull();
  });
});
