import { WindowLabel } from "./assignment-status";

const reveal = {
  AFTER_SUBMIT: "after you submit",
  AFTER_CLOSE: "after the assignment closes",
  NEVER: "not shown (score only)",
} as const;

/** The rules of an assignment in plain words, for the student before they start. */
export function AssignmentFacts({
  a,
}: {
  a: {
    opensAt: Date | null;
    closesAt: Date | null;
    attemptsAllowed: number;
    timeLimitMinutes: number | null;
    revealAnswers: keyof typeof reveal;
    questionCount: number;
  };
}) {
  const rows: [string, React.ReactNode][] = [
    ["Questions", String(a.questionCount)],
    ["When", <WindowLabel key="when" a={a} />],
    ["Time limit", a.timeLimitMinutes ? `${a.timeLimitMinutes} minutes from when you start` : "None"],
    ["Attempts", String(a.attemptsAllowed)],
    ["Correct answers", reveal[a.revealAnswers]],
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-medium text-slate-600">{k}</dt>
          <dd className="text-slate-900">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
