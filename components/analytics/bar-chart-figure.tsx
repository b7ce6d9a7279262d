import { BarChartPlot, type ChartRow, type Series } from "./bar-chart-plot";

export type { ChartRow, Series } from "./bar-chart-plot";

/**
 * A bar chart (drawn on the server, bar-chart-plot.tsx) with its data as a table: the chart is hidden from assistive technology and the
 * table, one click away, carries the same numbers. Bins, never one bar per student, so 300 students stay
 * readable.
 */
export function BarChartFigure({
  title,
  description,
  data,
  series,
  xLabel,
  yDomain,
  height = 200,
}: {
  title: string;
  description?: string;
  data: ChartRow[];
  series: Series[];
  xLabel: string;
  yDomain?: [number, number];
  height?: number;
}) {
  const id = `chart-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <figure aria-labelledby={`${id}-caption`} className="min-w-0">
      <figcaption id={`${id}-caption`} className="text-sm font-semibold text-slate-800">
        {title}
      </figcaption>
      {description && <p className="text-sm text-slate-600">{description}</p>}
      {/* `height` is the plot's; the axis labels take what room they need under it, so charts side by side share
          their baseline whatever their labels. */}
      <div aria-hidden="true" className="mt-2 w-full" style={{ ["--h" as string]: `${height}px` }}>
        <BarChartPlot data={data} series={series} yDomain={yDomain} />
      </div>
      <details className="mt-1 text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">Show the data as a table</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-1 pr-4 font-semibold">
                  {xLabel}
                </th>
                {series.map((s) => (
                  <th key={s.key} scope="col" className="py-1 pr-4 font-semibold">
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.map((row) => (
                <tr key={row.label} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-4 font-normal">
                    {row.label}
                  </th>
                  {series.map((s) => (
                    <td key={s.key} className="py-1 pr-4 tabular-nums">
                      {row[s.key] === null || row[s.key] === undefined ? "–" : `${row[s.key]}${s.unit ?? ""}`}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
