/** A question's options and its key, compact, on the instructor's set page. */
export function QuestionKey({ options, answer }: { options: string[]; answer: string[] }) {
  if (options.length === 0 && answer.length === 0) return null;
  return (
    <dl className="mt-2 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      {options.length > 0 && (
        <>
          <dt className="font-semibold text-slate-700">Offered</dt>
          <dd className="min-w-0 break-words text-slate-800">
            <ul className="list-disc pl-5 sm:list-none sm:pl-0">
              {options.map((o, i) => (
                <li key={i}>{o}</li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {answer.length > 0 && (
        <>
          <dt className="font-semibold text-emerald-800">Answer key</dt>
          <dd className="min-w-0 break-words text-emerald-950">
            <ul>
              {answer.map((a, i) => (
                <li key={i}>{a}</li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}
