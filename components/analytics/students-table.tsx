import { Link } from "@/components/ui/link";
import type { StudentRow } from "@/lib/stats/report-rows";
import { minutes, num, pct } from "./format";

/** One page of the students who submitted, each linking to their attempt. */
export function StudentsTable({ rows, assignmentId }: { rows: StudentRow[]; assignmentId: string }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">Students who submitted, with score and time taken</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {["Student", "Score", "Percent", "Time taken", "Submitted"].map((h) => (
              <th key={h} scope="col" className="whitespace-nowrap px-3 py-2 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.attemptId} className="border-t border-slate-100">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                <Link
                  href={`/assignments/${assignmentId}/report/students/${s.studentId}`}
                  className="font-semibold text-brand-700 underline"
                >
                  {s.name}
                </Link>
                <span className="block text-xs text-slate-600">{s.email}</span>
              </th>
              <td className="px-3 py-2 tabular-nums">
                {num(s.score, 1)} / {num(s.maxScore, 1)}
              </td>
              <td className="px-3 py-2 tabular-nums">{pct(s.percent)}</td>
              <td className="px-3 py-2">{minutes(s.seconds / 60)}</td>
              <td className="whitespace-nowrap px-3 py-2">
                {new Date(s.submittedAt).toISOString().slice(0, 16).replace("T", " ")} UTC
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
