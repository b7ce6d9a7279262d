"use client";
// The recharts part of BarChartFigure, in its own chunk (loaded on demand by bar-chart-figure.tsx).
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

export function BarChartPlot({
  data,
  series,
  yDomain,
  height,
}: {
  data: ChartRow[];
  series: Series[];
  yDomain?: [number, number];
  height: number;
}) {
  const slant = data.length > 6;
  return (
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
  );
}
