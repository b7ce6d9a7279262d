// Classical item analysis as Moodle's quiz statistics report defines it (question/classes/statistics and
// mod/quiz/report/statistics in moodle/moodle; formulas paraphrased, no code copied). Input: the compact
// score matrix, one row per analysed attempt and one column per question, in marks. Pure and O(n·p + p·n log n).
import { covariance, mean, median, shape, standardDeviation, sum, variance } from "./descriptive";

export type ItemStats = {
  /** number of attempts analysed */
  n: number;
  /** mean mark / max mark, a fraction 0–1 (shown ×100 as %) */
  facility: number | null;
  /** sample SD of the item's marks, in marks */
  sd: number | null;
  markVariance: number | null;
  /** sample variance of the rest of the test (total − this item) */
  otherMarkVariance: number | null;
  /** cov(item, rest of test) */
  covariance: number | null;
  /** the same covariance with item marks and rest-of-test marks each sorted ascending and paired by rank */
  covarianceMax: number | null;
  /** 100 · corrected item-total (item vs rest-of-test) Pearson correlation, % */
  discriminationIndex: number | null;
  /** 100 · covariance / covarianceMax, % */
  discriminativeEfficiency: number | null;
  /** 100 · √cov(item, total) / Σ √cov(j, total) over items with non-negative covariance, % */
  effectiveWeight: number | null;
};

export type TestStats = {
  n: number;
  mean: number | null;
  median: number | null;
  sd: number | null;
  skewness: number | null;
  kurtosis: number | null;
  /** coefficient of internal consistency = Cronbach's alpha (KR-20 for right/wrong items), % */
  cic: number | null;
  /** 100 · √(1 − CIC/100), % */
  errorRatio: number | null;
  /** errorRatio · SD / 100, in marks */
  standardError: number | null;
};

function column(m: readonly (readonly number[])[], j: number): Float64Array {
  const out = new Float64Array(m.length);
  for (let i = 0; i < m.length; i++) out[i] = m[i]![j] ?? 0;
  return out;
}

/** Covariance of x and y after sorting each independently: the largest covariance these marginals allow. */
function covarianceMax(x: Float64Array, y: Float64Array): number | null {
  // typed-array sort is numeric and ascending, and several times faster than Array#sort with a comparator
  return covariance(Float64Array.from(x).sort(), Float64Array.from(y).sort());
}

const ratio = (num: number | null, den: number | null) =>
  num === null || den === null || den === 0 ? null : (100 * num) / den;

/**
 * Per-question statistics. `matrix[i][j]` is attempt i's mark on question j (an unanswered question counts
 * as 0 marks, as in Moodle); `maxMarks[j]` is question j's maximum.
 */
export function itemStatistics(
  matrix: readonly (readonly number[])[],
  maxMarks: readonly number[],
  /** "rest": other mark = total − item (slot rows); "total": other mark = the whole total (Moodle's sub-question rows) */
  otherMark: "rest" | "total" = "rest",
): ItemStats[] {
  const n = matrix.length;
  const totals = Float64Array.from(matrix, (row) => sum(row));
  const covWithTotal = maxMarks.map((_, j) => covariance(column(matrix, j), totals));
  const sqrtSum = sum(covWithTotal.filter((c): c is number => c !== null && c >= 0).map(Math.sqrt));
  return maxMarks.map((max, j) => {
    const x = column(matrix, j);
    const rest = otherMark === "rest" ? totals.map((t, i) => t - x[i]!) : totals;
    const markVariance = variance(x);
    const otherMarkVariance = variance(rest);
    const cov = covariance(x, rest);
    const covMax = covarianceMax(x, rest);
    const m = mean(x);
    const cT = covWithTotal[j] ?? null;
    return {
      n,
      facility: m === null || max === 0 ? null : m / max,
      sd: standardDeviation(x),
      markVariance,
      otherMarkVariance,
      covariance: cov,
      covarianceMax: covMax,
      discriminationIndex:
        markVariance === null || otherMarkVariance === null
          ? null
          : ratio(cov, Math.sqrt(markVariance * otherMarkVariance)),
      discriminativeEfficiency: ratio(cov, covMax),
      effectiveWeight: cT === null || cT < 0 || sqrtSum === 0 ? null : (100 * Math.sqrt(cT)) / sqrtSum,
    };
  });
}

/**
 * Whole-test statistics from the attempt totals and the items' mark variances:
 * CIC = 100 · p/(p−1) · (1 − Σ item variances / variance of totals).
 */
export function testStatistics(totals: readonly number[], itemVariances: readonly (number | null)[]): TestStats {
  const n = totals.length;
  const p = itemVariances.length;
  const sd = standardDeviation(totals);
  const k2 = variance(totals);
  const { skewness, kurtosis } = shape(totals);
  const cic =
    p < 2 || k2 === null || k2 === 0 ? null : 100 * (p / (p - 1)) * (1 - sum(itemVariances.map((v) => v ?? 0)) / k2);
  // CIC is at most 100, so the root is real; rounding can push it a hair above, hence the max.
  const errorRatio = cic === null ? null : 100 * Math.sqrt(Math.max(0, 1 - cic / 100));
  return {
    n,
    mean: mean(totals),
    median: median(totals),
    sd,
    skewness,
    kurtosis,
    cic,
    errorRatio,
    standardError: errorRatio === null || sd === null ? null : (errorRatio * sd) / 100,
  };
}

/** Item and test statistics in one pass over the matrix. */
export function analyseMatrix(matrix: readonly (readonly number[])[], maxMarks: readonly number[]) {
  const items = itemStatistics(matrix, maxMarks);
  const test = testStatistics(
    matrix.map((row) => sum(row)),
    items.map((i) => i.markVariance),
  );
  return { items, test };
}
