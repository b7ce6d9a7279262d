import { nice, ticks } from "d3-array";

export type Series = { key: string; name: string; color: string; unit?: string };
export type ChartRow = { label: string } & Record<string, number | string | null>;

/** The value axis: the data's range widened to round ticks (d3-array's), always including 0. */
export function valueAxis(data: ChartRow[], series: Series[], yDomain?: [number, number]) {
  if (yDomain) return { lo: yDomain[0], hi: yDomain[1], ticks: ticks(yDomain[0], yDomain[1], 4) };
  const values = data.flatMap((row) => series.map((s) => row[s.key])).filter((v) => typeof v === "number");
  const [lo, hi] = nice(Math.min(0, ...values), Math.max(1, ...values), 4);
  // counts of students: whole numbers only on the axis
  return { lo, hi, ticks: ticks(lo, hi, 4).filter((t) => Number.isInteger(t)) };
}

/**
 * Bars drawn as HTML on the server: no chart library reaches the browser, so a report opens drawn, with nothing to
 * load or run (recharts was a 375 kB chunk and a 756 ms task on Lighthouse's phone; decision 0090). Positions are
 * percentages of the plot, so the chart fills any width; each bar's title is its tooltip. The numbers are in the
 * figure's table for assistive technology, so this drawing is hidden from it.
 */
export function BarChartPlot({
  data,
  series,
  yDomain,
}: {
  data: ChartRow[];
  series: Series[];
  yDomain?: [number, number];
}) {
  const axis = valueAxis(data, series, yDomain);
  const at = (v: number) => ((v - axis.lo) / (axis.hi - axis.lo)) * 100;
  const zero = at(Math.min(Math.max(0, axis.lo), axis.hi));
  const slant = data.length > 6;
  return (
    <div className="flex h-full flex-col text-[11px] leading-none text-slate-700" data-chart-plot="">
      <div className="flex min-h-0 flex-1 pt-2">
        <div className="relative w-9 shrink-0">
          {axis.ticks.map((t) => (
            <span key={t} className="absolute right-1.5 translate-y-1/2 tabular-nums" style={{ bottom: `${at(t)}%` }}>
              {t}
            </span>
          ))}
        </div>
        <div className="relative flex-1 border-l border-slate-400">
          {axis.ticks.map((t) => (
            <div
              key={t}
              className={`absolute inset-x-0 border-t ${t === 0 ? "border-slate-500" : "border-dashed border-slate-200"}`}
              style={{ bottom: `${at(t)}%` }}
            />
          ))}
          <ol className="absolute inset-0 flex">
            {data.map((row) => (
              <li
                key={row.label}
                className={`flex flex-1 justify-center gap-px ${data.length > 12 ? "px-px" : "px-1"}`}
              >
                {series.map((s) => {
                  const v = row[s.key];
                  if (typeof v !== "number") return <div key={s.key} className="max-w-10 flex-1" />;
                  const top = at(Math.min(Math.max(v, axis.lo), axis.hi));
                  return (
                    <div key={s.key} className="relative max-w-10 flex-1">
                      <div
                        data-chart-bar=""
                        title={`${row.label} · ${s.name}: ${v}${s.unit ?? ""}`}
                        className={`absolute inset-x-0 min-h-px ${v < 0 ? "rounded-b-sm" : "rounded-t-sm"}`}
                        style={{
                          backgroundColor: s.color,
                          bottom: `${Math.min(zero, top)}%`,
                          height: `${Math.abs(top - zero)}%`,
                        }}
                      />
                    </div>
                  );
                })}
              </li>
            ))}
          </ol>
        </div>
      </div>
      <ol className={`ml-9 flex border-t border-slate-400 ${slant ? "h-10" : "h-6"}`}>
        {data.map((row) => (
          <li key={row.label} className="relative flex-1">
            <span
              data-chart-label=""
              className={`absolute top-1.5 whitespace-nowrap ${slant ? "right-1/2 origin-top-right -rotate-45" : "left-1/2 -translate-x-1/2"}`}
            >
              {row.label}
            </span>
          </li>
        ))}
      </ol>
      {series.length > 1 && (
        <ul className="mt-2 flex flex-wrap justify-center gap-4 text-xs">
          {series.map((s) => (
            <li key={s.key} className="flex items-center gap-1.5">
              <span className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: s.color }} />
              {s.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
