import type { Tally } from "@/lib/live/types";

/**
 * Answers as they arrive: one bar per option with its count. The text beside each bar carries the numbers
 * (screen readers and the back row read the same thing); the bar itself is decoration.
 */
export function DistributionBars({
  tally,
  participants,
  correctIds,
}: {
  tally: Tally | null;
  participants: number;
  correctIds?: string[];
}) {
  const buckets = tally?.buckets ?? [];
  const answered = tally?.answered ?? 0;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const correct = new Set(correctIds ?? []);
  return (
    <section aria-label="Answers so far" className="space-y-3">
      <p aria-live="polite" className="text-lg font-semibold text-slate-800">
        {answered} of {participants} answered
      </p>
      {buckets.length === 0 ? (
        <p className="text-slate-600">Answers will appear here as they arrive.</p>
      ) : (
        <ul className="space-y-2">
          {buckets.map((b) => {
            const isCorrect = correct.has(b.id);
            const pct = answered ? Math.round((b.count / answered) * 100) : 0;
            return (
              <li key={b.id} className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1">
                {/* whole, on the projector: a cut-off choice ("…as in the Col…") left the room guessing which it
                    was; a long typed answer stops at three lines, whole in its tooltip */}
                <span
                  title={b.label}
                  className={`line-clamp-3 font-medium [overflow-wrap:anywhere] ${isCorrect ? "text-emerald-800" : "text-slate-800"}`}
                >
                  {isCorrect && <span aria-hidden="true">✓ </span>}
                  {b.label}
                  {isCorrect && <span className="sr-only"> (correct)</span>}
                </span>
                <span className="font-mono text-slate-800 tabular-nums">
                  {b.count} <span className="text-slate-600">({pct}%)</span>
                </span>
                <span aria-hidden="true" className="col-span-2 h-4 overflow-hidden rounded-full bg-slate-100">
                  <span
                    className={`block h-full rounded-full transition-[width] duration-300 ${isCorrect ? "bg-emerald-600" : correct.size ? "bg-slate-400" : "bg-brand-600"}`}
                    style={{ width: `${(b.count / max) * 100}%` }}
                  />
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
