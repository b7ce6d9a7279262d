import { Card } from "@/components/ui/card";
import type { TestStats } from "@/lib/stats/item-analysis";
import { readCic, readErrorRatio, type Reading } from "@/lib/stats/interpret";
import { num, pct, toneClass } from "./format";

function ReadingBadge({ r }: { r: Reading }) {
  return (
    <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ${toneClass[r.tone]}`}>{r.label}</span>
  );
}

/** Whole-test statistics with Moodle's thresholds in plain words. */
export function TestStatsCard({ test }: { test: TestStats & { maxTotal: number } }) {
  const cic = readCic(test.cic, test.n);
  const er = readErrorRatio(test.errorRatio, test.n);
  return (
    <Card>
      <h2 className="text-lg font-bold">How reliable is this quiz?</h2>
      <p className="mt-1 text-sm text-slate-600">
        From {test.n} first submitted attempts; marks out of {num(test.maxTotal, 1)}.
      </p>
      <dl className="mt-4 grid gap-4 sm:grid-cols-3">
        <div>
          <dt className="text-sm font-medium text-slate-600">Internal consistency (Cronbach’s alpha / KR-20)</dt>
          <dd className="mt-1 flex items-center gap-2 text-xl font-bold tabular-nums" data-testid="cic">
            {pct(test.cic, 1)} <ReadingBadge r={cic} />
          </dd>
          <dd className="mt-1 text-sm text-slate-600">{cic.advice}</dd>
        </div>
        <div>
          <dt className="text-sm font-medium text-slate-600">Error ratio</dt>
          <dd className="mt-1 flex items-center gap-2 text-xl font-bold tabular-nums">
            {pct(test.errorRatio, 1)} <ReadingBadge r={er} />
          </dd>
          <dd className="mt-1 text-sm text-slate-600">{er.advice}</dd>
        </div>
        <div>
          <dt className="text-sm font-medium text-slate-600">Standard error</dt>
          <dd className="mt-1 text-xl font-bold tabular-nums">{num(test.standardError)} marks</dd>
          <dd className="mt-1 text-sm text-slate-600">
            A student’s “true” score is likely within about this many marks of their score.
          </dd>
        </div>
      </dl>
      <details className="mt-4 text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">Distribution details</summary>
        <dl className="mt-2 grid grid-cols-2 gap-x-6 gap-y-1 sm:grid-cols-4">
          {(
            [
              ["Mean", `${num(test.mean)} marks`],
              ["Median", `${num(test.median)} marks`],
              ["Standard deviation", `${num(test.sd)} marks`],
              ["Skewness", num(test.skewness)],
              ["Kurtosis (excess)", num(test.kurtosis)],
            ] as const
          ).map(([k, v]) => (
            <div key={k}>
              <dt className="text-slate-600">{k}</dt>
              <dd className="font-semibold tabular-nums">{v}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-slate-600">
          Moodle’s guide: internal consistency above 75% is satisfactory, below 64% calls for fixing questions; the
          error ratio should stay under 50%. Negative skewness means most students scored above the mean.
        </p>
      </details>
    </Card>
  );
}
