// One rounding rule for every score a person reads or downloads (gradebook page, CSV exports, reports), so a
// 1.75 on the page is a 1.75 in the spreadsheet. Scores come in steps of at least 0.01 (grades in 0.5 steps,
// partial credit like 2/3 of a point), so two decimals keep every grade a teacher gives and cut float noise.

const DECIMALS = 2;
const FACTOR = 10 ** DECIMALS;

/** A score rounded half away from zero to two decimals (1.005 → 1.01, not the binary 1.00). */
export function roundScore(x: number): number {
  if (!Number.isFinite(x)) return x;
  const r = Math.round((Math.abs(x) + Number.EPSILON * Math.max(1, Math.abs(x))) * FACTOR) / FACTOR;
  return Math.sign(x) * r || 0;
}

/** The rounded score as text, without trailing zeros: 2, 1.5, 1.75, 0.67; "–" when there is none. */
export function formatScore(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? "–" : String(roundScore(x));
}
