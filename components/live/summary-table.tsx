import type { Summary } from "@/lib/live/types";

const pct = (x: number | null) => (x === null ? "–" : `${Math.round(x)}%`);

export function SummaryTable({ summary }: { summary: Summary }) {
  return (
    <section aria-labelledby="live-summary" className="space-y-4">
      <h2 id="live-summary" className="text-2xl font-bold">
        Session summary
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:max-w-md">
        <div className="rounded-xl bg-white p-4 shadow-sm">
          <dt className="text-sm text-slate-600">Students</dt>
          <dd className="text-3xl font-bold">{summary.participants}</dd>
        </div>
        <div className="rounded-xl bg-white p-4 shadow-sm">
          <dt className="text-sm text-slate-600">Class average</dt>
          <dd className="text-3xl font-bold">{pct(summary.averagePercent)}</dd>
        </div>
      </dl>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse overflow-hidden rounded-xl bg-white text-left shadow-sm">
          <caption className="sr-only">Results per question</caption>
          <thead className="bg-slate-100 text-sm text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2">
                #
              </th>
              <th scope="col" className="px-3 py-2">
                Question
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Answered
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Full marks
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Average
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.questions.map((q) => (
              <tr key={q.index} className="border-t border-slate-200">
                <td className="px-3 py-2 text-slate-600">{q.index + 1}</td>
                <td className="px-3 py-2">{q.prompt}</td>
                <td className="px-3 py-2 text-right tabular-nums">{q.answered}</td>
                <td className="px-3 py-2 text-right tabular-nums">{q.correct}</td>
                <td className="px-3 py-2 text-right tabular-nums">{pct(q.averagePercent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
