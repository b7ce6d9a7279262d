import { TYPE_LABELS } from "@/lib/questions/schema";
import { readDiscrimination, readFacility, readPending, type Reading } from "@/lib/stats/interpret";
import type { QuestionReport } from "@/lib/stats/report-rows";
import { frac, num, pct, toneClass } from "./format";

/** Per-question item analysis; each question opens to its distractor analysis. */
export function QuestionTable({ questions, submitted }: { questions: QuestionReport[]; submitted: number }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="qt min-w-full text-left text-sm">
        <caption className="sr-only">Item analysis per question</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {["#", "Question", "Facility", "SD", "Discrimination", "Disc. efficiency", "Eff. weight", "Check"].map(
              (h) => (
                <th key={h} scope="col" className="px-3 py-2 align-bottom font-semibold">
                  {h}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {questions.map((q) => {
            // ungraded answers count 0 in the numbers: say "pending" rather than read them as "Extremely hard"
            const pending = q.ungraded > 0 ? readPending(q.ungraded) : null;
            const f = pending ?? readFacility(q.stats.facility);
            const d = pending ?? readDiscrimination(q.stats.discriminationIndex, submitted);
            return (
              <tr key={q.id} id={`q-${q.number}`} data-testid={`question-row-${q.number}`}>
                <th scope="row" className="font-semibold">
                  Q{q.number}
                </th>
                <td className="min-w-64">
                  <p className="font-medium text-slate-900">{q.prompt}</p>
                  <p className="text-xs text-slate-600">
                    {TYPE_LABELS[q.type]} · {q.points} pt · cites {q.passageNames.join(", ")}
                  </p>
                  <Distractors q={q} submitted={submitted} />
                </td>
                <td data-testid="facility">
                  <span className="font-semibold">{pending ? "–" : frac(q.stats.facility)}</span>
                  <ReadingTag r={f} />
                </td>
                <td>{num(q.stats.sd)}</td>
                <td data-testid="discrimination">
                  <span className="font-semibold">{pending ? "–" : pct(q.stats.discriminationIndex, 1)}</span>
                  <ReadingTag r={d} />
                </td>
                <td>{pct(q.stats.discriminativeEfficiency, 1)}</td>
                <td>{pct(q.stats.effectiveWeight, 1)}</td>
                <td className="min-w-40">
                  {pending ? null : q.flags.length === 0 ? (
                    <span className="text-slate-600">No problems found</span>
                  ) : (
                    <ul className="space-y-1">
                      {q.flags.map((fl) => (
                        <li
                          key={fl.kind}
                          className={`qt-flag ${fl.kind === "negative" ? toneClass.red : toneClass.amber}`}
                        >
                          <span aria-hidden="true">⚠ </span>
                          {fl.message}
                        </li>
                      ))}
                    </ul>
                  )}
                  {pending && <p className="text-xs text-amber-900">{pending.advice}</p>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The reading's label under its number (not beside it, so the table fits a 1366 px laptop), advice on hover. */
function ReadingTag({ r }: { r: Reading }) {
  return (
    <span title={r.advice} className={`qt-tag ${toneClass[r.tone]}`}>
      {r.label}
    </span>
  );
}

function Distractors({ q, submitted }: { q: QuestionReport; submitted: number }) {
  if (q.options.length === 0 && q.wrongTexts.length === 0)
    return <p className="mt-1 text-xs text-slate-600">Correct answer: {q.correctAnswer || "graded by rubric"}</p>;
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-xs font-medium text-brand-700">Answers chosen (Q{q.number})</summary>
      {q.options.length > 0 && (
        <table className="qt-opts mt-2 w-full text-xs">
          <caption className="sr-only">
            How many chose each option of question {q.number}, and their mean total score
          </caption>
          <thead>
            <tr className="text-slate-600">
              <th scope="col">Option</th>
              <th scope="col">Chosen by</th>
              <th scope="col">Their mean total</th>
            </tr>
          </thead>
          <tbody>
            {q.options.map((o) => (
              <tr key={o.key}>
                <th scope="row" className={o.correct ? "font-semibold text-emerald-800" : undefined}>
                  {o.correct ? "✓ " : ""}
                  {o.label}
                  {o.correct ? <span className="sr-only"> (correct)</span> : null}
                </th>
                <td>
                  {o.count} ({pct(submitted ? (100 * o.count) / submitted : null)})
                </td>
                <td>{num(o.meanTotal)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {q.wrongTexts.length > 0 && (
        <p className="mt-2 text-xs">
          <span className="font-semibold">Common wrong answers:</span>{" "}
          {q.wrongTexts.map((w) => `“${w.text}” ×${w.count}`).join(", ")}
        </p>
      )}
      <p className="mt-1 text-xs text-slate-600">Correct: {q.correctAnswer}</p>
    </details>
  );
}
