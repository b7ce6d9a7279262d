// Number formatting shared by the report views (pure, server and client).
export const pct = (x: number | null | undefined, digits = 0) =>
  x === null || x === undefined || !Number.isFinite(x) ? "–" : `${x.toFixed(digits)}%`;
export const num = (x: number | null | undefined, digits = 2) =>
  x === null || x === undefined || !Number.isFinite(x) ? "–" : x.toFixed(digits);
/** a 0–1 fraction as a percentage */
export const frac = (x: number | null | undefined, digits = 1) =>
  x === null || x === undefined ? "–" : pct(x * 100, digits);
export const minutes = (m: number | null | undefined) =>
  m === null || m === undefined ? "–" : m < 1 ? "under 1 min" : `${Math.round(m)} min`;
export const toneClass = {
  green: "bg-emerald-50 text-emerald-800",
  amber: "bg-amber-50 text-amber-900",
  red: "bg-red-50 text-red-800",
  slate: "bg-slate-100 text-slate-700",
} as const;
