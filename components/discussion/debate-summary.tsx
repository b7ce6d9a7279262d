import { Card } from "@/components/ui/card";

type Summary = {
  stance: { id: string; text: string };
  count: number;
  top: { passageId: string; count: number; label: string; essayTitle: string; text: string }[];
}[];

/** The instructor's class summary: how many students took each side and the passages each side leaned on. */
export function DebateSummary({ summary }: { summary: Summary }) {
  const total = summary.reduce((n, s) => n + s.count, 0);
  return (
    <Card>
      <h2 className="text-lg font-bold">Class summary</h2>
      <p className="text-sm text-slate-600">
        {total} {total === 1 ? "student has" : "students have"} taken a side.
      </p>
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        {summary.map((s) => (
          <div key={s.stance.id}>
            <p className="font-semibold">
              {s.stance.text}: {s.count} ({total ? Math.round((100 * s.count) / total) : 0}%)
            </p>
            <p className="mt-1 text-sm font-medium text-slate-700">Most-cited passages</p>
            {s.top.length === 0 ? (
              <p className="text-sm text-slate-600">None yet.</p>
            ) : (
              <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm">
                {s.top.map((t) => (
                  <li key={t.passageId}>
                    <span className="font-semibold">{t.label}</span> ({t.essayTitle}), {t.count}×:{" "}
                    <span className="font-serif">“{t.text.length > 90 ? `${t.text.slice(0, 90)}…` : t.text}”</span>
                  </li>
                ))}
              </ol>
            )}
          </div>
        ))}
      </div>
    </Card>
  );
}
