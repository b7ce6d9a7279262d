"use client";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type Series = { key: string; name: string; color: string; unit?: string };
export type ChartRow = { label: string } & Record<string, number | string | null>;

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
  const slant = data.length > 6;
  return (
    <figure aria-labelledby={`${id}-caption`} className="min-w-0">
      <figcaption id={`${id}-caption`} className="text-sm font-semibold text-slate-800">
        {title}
      </figcaption>
      {description && <p className="text-sm text-slate-600">{description}</p>}
      <div aria-hidden="true" className="mt-2 h-[var(--h)] w-full" style={{ ["--h" as string]: `${height}px` }}>
        <ResponsiveContainer width="100%" height={height}>
          <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
            {/* every label, slanted when there are many bins (recharts' default interval drops every other one) */}
            <XAxis
              dataKey="label"
              tick={{ fontSize: 11, fill: "#334155" }}
              interval={0}
              angle={slant ? -35 : 0}
              textAnchor={slant ? "end" : "middle"}
              height={slant ? 52 : 30}
            />
            <YAxis tick={{ fontSize: 12, fill: "#334155" }} allowDecimals={false} domain={yDomain} width={40} />
            {yDomain && yDomain[0] < 0 && <ReferenceLine y={0} stroke="#475569" />}
            <Tooltip />
            {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
            {series.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
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
