// Sums the Vitest and Playwright JSON reports into one closing line: "tests: N passed, N failed, N skipped".
import fs from "node:fs";

const read = (f) => (fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, "utf8")) : null);
let passed = 0;
let failed = 0;
let skipped = 0;
const v = read(".test-results/vitest.json");
if (v) {
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
}
const p = read(".test-results/playwright.json");
if (p?.stats) {
  passed += (p.stats.expected ?? 0) + (p.stats.flaky ?? 0);
  failed += p.stats.unexpected ?? 0;
  skipped += p.stats.skipped ?? 0;
}
console.log(
  `\nvitest: ${v ? `${v.numPassedTests} passed, ${v.numFailedTests} failed` : "did not run"}; playwright: ${p?.stats ? `${p.stats.expected} passed, ${p.stats.unexpected} failed` : "did not run"}`,
);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
