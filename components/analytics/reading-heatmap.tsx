import { EssayText } from "@/components/essay/essay-text";
import { HeatLegend } from "./heat-legend";
import { formatDuration, TIME_STEPS, timeColor } from "@/lib/attention/time-heat";
import { groupPassages, type PassageRow } from "@/lib/passages/group";

type Essay = { id: string; title: string; body: string; passages: PassageRow[] };
type Paragraph = {
  passageId: string;
  totalMs: number;
  medianMs: number;
  readers: number;
  annotations: number;
  confused: number;
};

/**
 * "Where attention went": each essay with its paragraphs shaded by total reading time (as the passage heatmap beside
 * it shades wrong answers), and beside it the same figures as a table (the text alternative, and the only way to
 * read the numbers on a phone): total and median time, annotations and "confused" flags per paragraph.
 */
export function ReadingHeatmap({
  essays,
  paragraphs,
  opened,
}: {
  essays: Essay[];
  paragraphs: Record<string, Paragraph>;
  opened: Record<string, { opened: number; reachedEnd: number }>;
}) {
  return (
    <div className="space-y-8">
      <HeatLegend label="Reading time legend" steps={TIME_STEPS} none="on nobody’s screen" />
      {essays.map((e) => {
        const rows = e.passages.filter((p) => p.sentence === 0).map((p) => ({ p, a: paragraphs[p.id] }));
        const max = Math.max(0, ...rows.map((r) => r.a?.totalMs ?? 0));
        const shade: Record<string, { color: string; title: string }> = {};
        for (const { p, a } of rows) {
          if (!a || a.totalMs === 0) continue;
          const look = {
            color: timeColor(a.totalMs / max),
            title: `¶${p.paragraph}: ${formatDuration(a.totalMs)} in all, median ${formatDuration(a.medianMs)}`,
          };
          for (const s of e.passages) if (s.paragraph === p.paragraph && s.sentence > 0) shade[s.id] = look;
        }
        const o = opened[e.id] ?? { opened: 0, reachedEnd: 0 };
        return (
          <section key={e.id} aria-label={`Reading heatmap of ${e.title}`}>
            <h3 className="font-serif text-xl font-bold">{e.title}</h3>
            <p className="mb-3 text-sm text-slate-700" data-testid="reading-opened">
              Opened by {o.opened} {o.opened === 1 ? "student" : "students"}; {o.reachedEnd} reached the end.
            </p>
            <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
              <div className="min-w-0">
                <EssayText body={e.body} groups={groupPassages(e.passages)} shade={shade} idPrefix="read-" />
              </div>
              {/* First on a phone (the numbers before a screenful of essay), beside the essay and sticky on a laptop. */}
              <div className="order-first overflow-x-auto rounded-xl border border-slate-200 bg-white p-3 shadow-sm lg:sticky lg:top-20 lg:order-none lg:self-start">
                <table className="w-full text-left text-sm">
                  <caption className="mb-2 text-left font-bold">Per paragraph</caption>
                  <thead>
                    <tr className="border-b border-slate-200 text-slate-700">
                      <th scope="col" className="py-1.5 pr-2">
                        ¶
                      </th>
                      <th scope="col" className="py-1.5 pr-2 text-right">
                        Total
                      </th>
                      <th scope="col" className="py-1.5 pr-2 text-right">
                        Median
                      </th>
                      <th scope="col" className="py-1.5 pr-2 text-right">
                        Notes
                      </th>
                      <th scope="col" className="py-1.5 text-right">
                        Confused
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map(({ p, a }) => (
                      <tr key={p.id} className="border-b border-slate-100" data-testid={`reading-row-${p.paragraph}`}>
                        <th scope="row" className="py-1.5 pr-2 font-semibold">
                          <span className="flex items-center gap-1.5">
                            <span
                              aria-hidden="true"
                              className="inline-block h-3 w-3 shrink-0 rounded-sm border border-slate-300"
                              style={{ backgroundColor: a?.totalMs ? timeColor(a.totalMs / max) : "#ffffff" }}
                            />
                            ¶{p.paragraph}
                          </span>
                        </th>
                        <td className="py-1.5 pr-2 text-right tabular-nums">{formatDuration(a?.totalMs ?? 0)}</td>
                        <td className="py-1.5 pr-2 text-right tabular-nums">{formatDuration(a?.medianMs ?? 0)}</td>
                        <td className="py-1.5 pr-2 text-right tabular-nums">{a?.annotations ?? 0}</td>
                        <td className="py-1.5 text-right tabular-nums">{a?.confused ?? 0}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </section>
        );
      })}
    </div>
  );
}
