import { nice, ticks } from "d3-array";

export type Series = { key: string; name: string; color: string; unit?: string };
export type ChartRow = { label: string } & Record<string, number | string | null>;

/** The value axis: the data's range widened to round ticks (d3-array's), always including 0. With `yDomain`
 *  (percentages, say) the top is the domain's and the bottom goes no lower than the data needs: a chart with no
 *  negative value is not half empty space below zero. */
export function valueAxis(data: ChartRow[], series: Series[], yDomain?: [number, number]) {
  const values = data.flatMap((row) => series.map((s) => row[s.key])).filter((v) => typeof v === "number");
  if (yDomain) {
    const [floor, hi] = yDomain;
    const lo = Math.max(floor, nice(Math.min(0, ...values), hi, 4)[0]);
    return { lo, hi, ticks: ticks(lo, hi, 4) };
  }
  const [lo, hi] = nice(Math.min(0, ...values), Math.max(1, ...values), 4);
  // counts of students: whole numbers only on the axis
  return { lo, hi, ticks: ticks(lo, hi, 4).filter((t) => Number.isInteger(t)) };
}

/** Room under the plot for labels turned 45°: the longest one's width (about 0.55em a character) times sin 45°,
 *  plus its offset and line. A fixed height let "10–12 min" run into the line below the chart on a phone. */
export function slantedAxisHeight(data: ChartRow[]): string {
  const longest = Math.max(0, ...data.map((row) => row.label.length));
  return `${(longest * 0.55 * Math.SQRT1_2 + 1.7).toFixed(2)}em`;
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
  const many = data.length > 12;
  return (
    <div className={`bc${slant ? " bc-slant" : ""}${many ? " bc-many" : ""}`} data-chart-plot="">
      <div className="bc-plot">
        <div className="bc-y">
          {axis.ticks.map((t) => (
            <span key={t} style={{ bottom: `${at(t)}%` }}>
              {t}
            </span>
          ))}
        </div>
        <div className="bc-area">
          {axis.ticks.map((t) => (
            <hr key={t} className={t === 0 ? "bc-zero" : undefined} style={{ bottom: `${at(t)}%` }} />
          ))}
          <ol className="bc-bars">
            {data.map((row) => (
              <li key={row.label}>
                {series.map((s) => {
                  const v = row[s.key];
                  if (typeof v !== "number") return <i key={s.key} />;
                  const top = at(Math.min(Math.max(v, axis.lo), axis.hi));
                  return (
                    <b
                      key={s.key}
                      data-chart-bar=""
                      className={v < 0 ? "neg" : undefined}
                      title={`${row.label} · ${s.name}: ${v}${s.unit ?? ""}`}
                      style={{
                        backgroundColor: s.color,
                        bottom: `${Math.min(zero, top)}%`,
                        height: `${Math.abs(top - zero)}%`,
                      }}
                    />
                  );
                })}
              </li>
            ))}
          </ol>
        </div>
      </div>
      <ol className="bc-x" style={slant ? { height: slantedAxisHeight(data) } : undefined}>
        {data.map((row) => (
          <li key={row.label}>
            <span data-chart-label="">{row.label}</span>
          </li>
        ))}
      </ol>
      {series.length > 1 && (
        <ul className="bc-legend">
          {series.map((s) => (
            <li key={s.key}>
              <span style={{ backgroundColor: s.color }} />
              {s.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
