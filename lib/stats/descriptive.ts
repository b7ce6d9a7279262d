// Descriptive statistics of a list of numbers. Pure; sample statistics divide by n − 1, as Moodle's do.

/** Accepts plain arrays and typed arrays (the item analysis uses Float64Array columns for speed). */
type Nums = ArrayLike<number>;

export function sum(xs: Nums): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]!;
  return s;
}

export function mean(xs: Nums): number | null {
  return xs.length === 0 ? null : sum(xs) / xs.length;
}

/** Middle value; the mean of the two middle values when n is even. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Sample covariance Σ(x − x̄)(y − ȳ) / (n − 1); null with fewer than two pairs. */
export function covariance(xs: Nums, ys: Nums): number | null {
  const n = xs.length;
  if (n < 2 || ys.length !== n) return null;
  const mx = sum(xs) / n;
  const my = sum(ys) / n;
  let s = 0;
  for (let i = 0; i < n; i++) s += (xs[i]! - mx) * (ys[i]! - my);
  return s / (n - 1);
}

export function variance(xs: Nums): number | null {
  return covariance(xs, xs);
}

export function standardDeviation(xs: Nums): number | null {
  const v = variance(xs);
  return v === null ? null : Math.sqrt(v);
}

/**
 * Skewness and excess kurtosis from the unbiased cumulants k2, k3, k4 (the estimators Moodle's quiz
 * statistics use): m_k = Σ(x − x̄)^k / n; k2 = n·m2/(n−1); k3 = n²·m3/((n−1)(n−2));
 * k4 = n²·((n+1)·m4 − 3(n−1)·m2²)/((n−1)(n−2)(n−3)); skewness = k3/k2^1.5 (n > 2), kurtosis = k4/k2² (n > 3).
 */
export function shape(xs: readonly number[]): { skewness: number | null; kurtosis: number | null } {
  const n = xs.length;
  if (n < 3) return { skewness: null, kurtosis: null };
  const m = sum(xs) / n;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (const x of xs) {
    const d = x - m;
    m2 += d * d;
    m3 += d * d * d;
    m4 += d * d * d * d;
  }
  m2 /= n;
  m3 /= n;
  m4 /= n;
  const k2 = (n * m2) / (n - 1);
  if (k2 === 0) return { skewness: null, kurtosis: null };
  const k3 = (n * n * m3) / ((n - 1) * (n - 2));
  const skewness = k3 / Math.pow(k2, 1.5);
  if (n < 4) return { skewness, kurtosis: null };
  const k4 = (n * n * ((n + 1) * m4 - 3 * (n - 1) * m2 * m2)) / ((n - 1) * (n - 2) * (n - 3));
  return { skewness, kurtosis: k4 / (k2 * k2) };
}

/** Counts of values in `bins` equal-width bins over [min, max]; the last bin includes max. */
export function histogram(
  xs: readonly number[],
  min: number,
  max: number,
  bins: number,
): { from: number; to: number; count: number }[] {
  const width = (max - min) / bins || 1;
  const out = Array.from({ length: bins }, (_, i) => ({ from: min + i * width, to: min + (i + 1) * width, count: 0 }));
  for (const x of xs) {
    // the epsilon keeps 0.7 / 0.1 = 6.999… in bin 7, where a person would put it
    const i = Math.min(bins - 1, Math.max(0, Math.floor((x - min) / width + 1e-9)));
    out[i]!.count++;
  }
  return out;
}
