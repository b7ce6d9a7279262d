// Cuts a stretch of the essay into runs that are covered by the same annotations, so each run can be drawn
// as one <mark> (or plain text). Offsets are into the essay body; the runs tile [from, to) exactly.

export type Span = { id: string; start: number; end: number };
export type Run = { start: number; end: number; ids: string[] };

export function runsFor(from: number, to: number, spans: Span[]): Run[] {
  const inside = spans.filter((s) => s.start < to && s.end > from);
  const cuts = new Set([from, to]);
  for (const s of inside) {
    if (s.start > from) cuts.add(s.start);
    if (s.end < to) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const ids = inside.filter((s) => s.start <= a && s.end >= b).map((s) => s.id);
    const last = runs[runs.length - 1];
    if (last && last.ids.join() === ids.join()) last.end = b;
    else runs.push({ start: a, end: b, ids });
  }
  return runs;
}
