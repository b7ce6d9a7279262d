import type { ParagraphAttention } from "@/lib/attention/paragraph-attention";
import { formatDuration, timeColor } from "@/lib/attention/time-heat";

type Essay = { id: string; title: string; passages: { id: string; paragraph: number; sentence: number }[] };

/**
 * "Where attention went" as figures: per essay how many students opened it and reached its end, and per paragraph
 * total and median reading time, annotations and "confused" flags (the text alternative of the essay's reading-time
 * layer in the passage heatmap, and the only way to read the numbers on a phone). The essay itself is drawn once,
 * in the passage heatmap; this links to its reading-time layer.
 */
export function ReadingTable({
  essays,
  paragraphs,
  opened,
}: {
  essays: Essay[];
  paragraphs: Record<string, ParagraphAttention>;
  opened: Record<string, { opened: number; reachedEnd: number }>;
}) {
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <a href="#heat-layer-reading" className="font-semibold text-brand-700 underline underline-offset-2">
          Shade the essay by reading time
        </a>{" "}
        <span className="text-slate-600">(in the passage heatmap above)</span>
      </p>
      {essays.map((e) => {
        const rows = e.passages.filter((p) => p.sentence === 0).map((p) => ({ p, a: paragraphs[p.id] }));
        const max = Math.max(0, ...rows.map((r) => r.a?.totalMs ?? 0));
        const o = opened[e.id] ?? { opened: 0, reachedEnd: 0 };
        return (
          <section key={e.id} aria-label={`Reading time in ${e.title}`}>
            <h3 className="font-serif text-xl font-bold">{e.title}</h3>
            <p className="mb-3 text-sm text-slate-700" data-testid="reading-opened">
              Opened by {o.opened} {o.opened === 1 ? "student" : "students"}; {o.reachedEnd} reached the end.
            </p>
            <div className="max-w-2xl overflow-x-auto rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
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
          </section>
        );
      })}
    </div>
  );
}
