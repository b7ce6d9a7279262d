import type { ReadingView } from "@/lib/annotations/view-types";
import { LocalTime } from "@/components/ui/local-time";

/** A reading task's expectation: the student's progress and score rule, or every student's counts for the instructor. */
export function ReadingTaskPanel({ view }: { view: ReadingView }) {
  const { task, progress, students } = view;
  if (!task) return null;
  const row = (label: string, n: number, target: number) =>
    target > 0 && (
      <li className="flex justify-between gap-3">
        <span>{label}</span>
        <span className={`font-semibold ${n >= target ? "text-emerald-800" : "text-slate-900"}`}>
          {Math.min(n, target)} of {target}
          {n >= target && <span aria-hidden="true"> ✓</span>}
        </span>
      </li>
    );
  return (
    <section aria-labelledby="task-title" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="task-title" className="font-semibold text-slate-900">
        What to do
      </h2>
      <p className="mt-1 text-sm text-slate-800">{task.text}</p>
      {view.assignment.closesAt && (
        <p className="mt-1 text-sm text-slate-700">
          Due <LocalTime iso={view.assignment.closesAt} />
        </p>
      )}
      {task.scoreRule && <p className="mt-1 text-sm text-slate-700">{task.scoreRule}</p>}
      {progress && (
        <div className="mt-3">
          <h3 className="text-sm font-semibold text-slate-900">Your progress</h3>
          <ul className="mt-1 space-y-1 text-sm text-slate-800">
            {row("Annotations", progress.annotations, task.minAnnotations)}
            {row("Paragraphs covered", progress.paragraphs, task.minParagraphs)}
            {row("Replies to classmates", progress.replies, task.minReplies)}
          </ul>
          <p className={`mt-2 text-sm font-semibold ${progress.met ? "text-emerald-800" : "text-slate-800"}`}>
            {progress.met ? "Done: you have met the expectation." : "Not done yet."}
            {progress.score !== null && ` Participation so far: ${progress.score} of ${task.points} points.`}
          </p>
        </div>
      )}
      {students && (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Each student&rsquo;s annotations, paragraphs covered and replies</caption>
            <thead>
              <tr className="border-b border-slate-200 text-slate-700">
                <th scope="col" className="py-1 pr-2">
                  Student
                </th>
                <th scope="col" className="py-1 pr-2">
                  Annotations
                </th>
                <th scope="col" className="py-1 pr-2">
                  ¶
                </th>
                <th scope="col" className="py-1 pr-2">
                  Replies
                </th>
                <th scope="col" className="py-1">
                  {task.points !== null ? "Score" : "Done"}
                </th>
              </tr>
            </thead>
            <tbody>
              {students.map((s, i) => (
                <tr key={i} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-2 font-medium text-slate-900">
                    {s.label}
                  </th>
                  <td className="py-1 pr-2">{s.annotations}</td>
                  <td className="py-1 pr-2">{s.paragraphs}</td>
                  <td className="py-1 pr-2">{s.replies}</td>
                  <td className="py-1">{s.score !== null ? s.score : s.met ? "Yes" : "Not yet"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {students.length === 0 && <p className="mt-2 text-sm text-slate-700">No students are enrolled yet.</p>}
        </div>
      )}
    </section>
  );
}
