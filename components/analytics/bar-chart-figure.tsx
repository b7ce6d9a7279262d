"use client";
import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import type { ChartRow, Series } from "./bar-chart-plot";

export type { ChartRow, Series } from "./bar-chart-plot";

/** recharts is a large bundle: it loads after the page is interactive, a skeleton of the chart's size meanwhile. */
const Plot = dynamic(() => import("./bar-chart-plot").then((m) => m.BarChartPlot), {
  ssr: false,
  loading: () => <ChartSkeleton />,
});

function ChartSkeleton() {
  return <div className="h-full w-full animate-pulse rounded-lg bg-slate-100" />;
}

/** The chart itself, drawn when the browser is idle (so it never holds up the first interaction). */
function LazyPlot(props: { data: ChartRow[]; series: Series[]; yDomain?: [number, number]; height: number }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const id = idle(() => setReady(true));
    return () => cancel(id);
  }, []);
  return ready ? <Plot {...props} /> : <ChartSkeleton />;
}

/**
 * A bar chart (recharts) with its data as a table: the chart is hidden from assistive technology and the
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
  height = 240,
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
      <div aria-hidden="true" className="mt-2 h-[var(--h)] w-full" style={{ ["--h" as string]: `${height}px` }}>
        <LazyPlot data={data} series={series} yDomain={yDomain} height={height} />
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
