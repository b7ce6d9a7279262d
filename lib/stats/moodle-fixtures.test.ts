// Reproduces Moodle's own quiz-statistics fixtures (set 00; see tests/fixtures/moodle-stats/README.md):
// the slot rows of qstats00.csv and quizstats00.json from the 25 × 7 mark matrix in results00.csv.
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { analyseMatrix, itemStatistics } from "./item-analysis";

const dir = path.resolve(import.meta.dirname, "../../tests/fixtures/moodle-stats");
const csv = (f: string) =>
  Papa.parse<Record<string, string>>(fs.readFileSync(path.join(dir, f), "utf8"), { header: true, skipEmptyLines: true })
    .data;

const results = csv("results00.csv");
const steps = csv("steps00.csv");
const qstats = csv("qstats00.csv");
const quiz = JSON.parse(fs.readFileSync(path.join(dir, "quizstats00.json"), "utf8")) as Record<string, number>;
const SLOTS = 7;
const matrix = results.map((r) => Array.from({ length: SLOTS }, (_, j) => Number(r[`slots.${j + 1}.mark`])));
const maxMarks = Array(SLOTS).fill(1);

/** |actual − expected| ≤ rel · |expected| (with a tiny absolute floor for values at 0). */
function expectRel(actual: number | null, expected: number, rel: number, what: string) {
  expect(actual, what).not.toBeNull();
  const err = Math.abs(actual! - expected);
  expect(err, `${what}: got ${actual}, expected ${expected}`).toBeLessThanOrEqual(rel * Math.abs(expected) + 1e-12);
}

const columns: [string, keyof ReturnType<typeof itemStatistics>[number], number][] = [
  ["s", "n", 1e-6],
  ["facility", "facility", 1e-6],
  ["sd", "sd", 1e-6],
  ["markvariance", "markVariance", 1e-6],
  ["othermarkvariance", "otherMarkVariance", 1e-6],
  ["covariance", "covariance", 1e-5],
  ["covariancemax", "covarianceMax", 1e-6],
  ["discriminationindex", "discriminationIndex", 1e-5],
  ["discriminativeefficiency", "discriminativeEfficiency", 1e-5],
  ["effectiveweight", "effectiveWeight", 1e-5],
];

/** Checks every non-empty cell of a row and returns how many it checked (so a renamed column cannot pass silently). */
function check(row: Record<string, string>, stats: ReturnType<typeof itemStatistics>[number], label: string): number {
  let checked = 0;
  for (const [col, key, rel] of columns) {
    const cell = row[col] ?? "";
    if (cell === "") continue;
    if (cell === "**NULL**") continue; // effective weight is not defined for sub-question/variant rows; we do not compute it there
    expectRel(stats[key] as number | null, Number(cell), rel, `${label} ${col}`);
    checked++;
  }
  return checked;
}

describe("Moodle fixture set 00", () => {
  it("has the 25 × 7 matrix whose slot sums match summarks", () => {
    expect(matrix).toHaveLength(25);
    results.forEach((r, i) => expect(matrix[i]!.reduce((a, b) => a + b, 0)).toBeCloseTo(Number(r.summarks), 4));
  });

  const { items, test } = analyseMatrix(matrix, maxMarks);
  const slotRows = qstats.filter((r) => r.subqname === "" && r.variant === "");
  it("reproduces all seven slot rows of qstats00.csv", () => {
    expect(slotRows).toHaveLength(SLOTS);
    for (const row of slotRows)
      expect(check(row, items[Number(row.slot) - 1]!, `slot ${row.slot}`)).toBe(columns.length);
  });

  it("reproduces quizstats00.json", () => {
    const tol = quiz.relative_tolerance!;
    expect(test.n).toBe(quiz.allattemptscount);
    expectRel(test.median, quiz.median!, tol, "median");
    expectRel(test.mean, quiz.allattemptsavg!, tol, "mean");
    expectRel(test.sd, quiz.standarddeviation!, tol, "sd");
    expectRel(test.skewness, quiz.skewness!, tol, "skewness");
    expectRel(test.kurtosis, quiz.kurtosis!, tol, "kurtosis");
    expectRel(test.cic, quiz.cic!, tol, "cic");
    expectRel(test.errorRatio, quiz.errorratio!, tol, "errorratio");
    expectRel(test.standardError, quiz.standarderror!, tol, "standarderror");
  });

  it("reproduces the slot-2 variant rows (attempts restricted to one variant, other mark = rest of test)", () => {
    for (const row of qstats.filter((r) => r.variant !== "")) {
      const sub = matrix.filter((_, i) => steps[i]!["variants.2"] === row.variant);
      expect(sub).toHaveLength(Number(row.s));
      expect(
        check(row, itemStatistics(sub, maxMarks)[Number(row.slot) - 1]!, `slot ${row.slot} variant ${row.variant}`),
      ).toBe(5);
    }
  });

  it("reproduces the random slot's sub-question row (attempts that drew it, other mark = whole total)", () => {
    const row = qstats.find((r) => r.subqname === "numerical")!;
    const sub = matrix.filter((_, i) => steps[i]!["randqs.1"] === "numerical");
    expect(check(row, itemStatistics(sub, maxMarks, "total")[0]!, "slot 1 numerical")).toBe(5);
  });
});
