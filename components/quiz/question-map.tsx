"use client";

/**
 * The one-question-per-page quiz's map: a button per question, filled when answered, so a student sees what is
 * left and jumps to it. The current question is marked with aria-current.
 */
export function QuestionMap({
  answered,
  current,
  go,
}: {
  answered: boolean[];
  current: number;
  go: (index: number) => void;
}) {
  return (
    <nav aria-label="Question map">
      <ol className="flex flex-wrap gap-2">
        {answered.map((done, i) => (
          <li key={i}>
            <button
              type="button"
              onClick={() => go(i)}
              aria-current={i === current ? "step" : undefined}
              aria-label={`Question ${i + 1}, ${done ? "answered" : "not answered"}`}
              className={`grid h-10 w-10 place-items-center rounded-lg border text-sm font-semibold ${
                done ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-800"
              } ${i === current ? "ring-2 ring-brand-700 ring-offset-2" : ""}`}
            >
              {i + 1}
            </button>
          </li>
        ))}
      </ol>
      <p className="mt-2 text-xs text-slate-600">
        <span aria-hidden="true" className="mr-1 inline-block h-3 w-3 rounded-sm bg-brand-600 align-middle" />
        answered
        <span
          aria-hidden="true"
          className="mx-1 ml-3 inline-block h-3 w-3 rounded-sm border border-slate-400 align-middle"
        />
        not answered yet
      </p>
    </nav>
  );
}
