import { Link } from "@/components/ui/link";
import type { PassageRef, PublicQuestion } from "@/lib/questions/public-question";
import { TYPE_LABELS } from "@/lib/questions/schema";
import { Badge } from "../ui/card";
import { PassageQuote } from "./passage-quote";
import { ReadOnlyAnswer } from "./read-only-answer";
import { ResultDetails } from "./result-details";

export type ResultItem = {
  question: PublicQuestion;
  answer: unknown;
  score: number | null | undefined;
  awaitingGrade: boolean;
  feedback: string | null;
  correct: string[] | null;
  explanation: string | null;
};

export const points = (x: number) => String(Math.round(x * 100) / 100);

/** One question of a submitted attempt beside the passage it is drawn from. */
export function AttemptResultItem({
  item,
  index,
  total,
  citable,
  assignmentId,
}: {
  item: ResultItem;
  index: number;
  total: number;
  citable: PassageRef[];
  assignmentId: string;
}) {
  const q = item.question;
  const full = item.score !== undefined && item.score !== null && item.score >= q.points;
  return (
    <section
      aria-labelledby={`r-${q.id}`}
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <div className="min-w-0">
        <div className="flex flex-wrap items-center gap-2">
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">
            Question {index + 1} of {total} · {TYPE_LABELS[q.type]}
          </p>
          {item.awaitingGrade ? (
            <Badge tone="amber">Awaiting grading</Badge>
          ) : item.score !== undefined && item.score !== null ? (
            <Badge tone={full ? "green" : item.score > 0 ? "amber" : "red"}>
              {points(item.score)} / {points(q.points)} points
            </Badge>
          ) : null}
        </div>
        <h3 id={`r-${q.id}`} className="mt-1 text-lg font-semibold">
          {q.prompt}
        </h3>
      </div>
      <ResultDetails collapsed={full && !item.feedback}>
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-[1fr_20rem]">
          <div className="min-w-0">
            <p className="mb-1 text-sm font-medium text-slate-700">Your answer</p>
            {item.answer === null ? (
              <p className="text-sm italic text-slate-600">Not answered.</p>
            ) : (
              <ReadOnlyAnswer question={q} answer={item.answer} citable={citable} />
            )}
            {item.correct && item.correct.length > 0 && (
              <div className="mt-4 rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-950">
                <p className="font-semibold">Correct answer</p>
                <ul className="mt-1 space-y-0.5">
                  {item.correct.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              </div>
            )}
            {item.explanation && (
              <div className="mt-3 text-sm text-slate-800">
                <p className="font-semibold">Explanation</p>
                <p className="whitespace-pre-line">{item.explanation}</p>
              </div>
            )}
            {item.feedback && (
              <div className="mt-3 rounded-lg border border-brand-100 bg-brand-50 p-3 text-sm">
                <p className="font-semibold text-brand-800">Feedback from your instructor</p>
                <p className="whitespace-pre-line text-slate-900">{item.feedback}</p>
              </div>
            )}
          </div>
          <aside aria-label="Source passage" className="space-y-2">
            <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">Drawn from</p>
            {q.passages.map((p) => (
              <PassageQuote key={p.id} p={p} />
            ))}
          </aside>
        </div>
      </ResultDetails>
      <p>
        <Link
          href={`/assignments/${assignmentId}/questions/${q.id}/discussion`}
          className="text-sm font-semibold text-brand-700 underline"
        >
          Discuss this question
        </Link>
      </p>
    </section>
  );
}
