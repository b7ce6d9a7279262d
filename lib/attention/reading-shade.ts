// The reading layer of the report's essay: every sentence tinted by its paragraph's total reading time, as a share of
// the most-read paragraph of the same essay. Pure: the report sends per-paragraph figures once and the browser
// shades the sentences (the essay's text travels once, not once per layer).
import { formatDuration, timeColor } from "./time-heat";

export type ParagraphTime = { totalMs: number; medianMs: number };
type Span = { id: string; paragraph: number; sentence: number };

/** Shade per sentence id for one essay's passages; `times` is keyed by the paragraph rows' (sentence 0) ids. */
export function readingShade(
  passages: readonly Span[],
  times: Readonly<Record<string, ParagraphTime>>,
): Record<string, { color: string; title: string }> {
  const paragraphs = passages.filter((p) => p.sentence === 0);
  const max = Math.max(0, ...paragraphs.map((p) => times[p.id]?.totalMs ?? 0));
  const byParagraph = new Map<number, { color: string; title: string }>();
  for (const p of paragraphs) {
    const t = times[p.id];
    if (!t || t.totalMs <= 0) continue;
    byParagraph.set(p.paragraph, {
      color: timeColor(t.totalMs / max),
      title: `¶${p.paragraph}: ${formatDuration(t.totalMs)} in all, median ${formatDuration(t.medianMs)}`,
    });
  }
  const shade: Record<string, { color: string; title: string }> = {};
  for (const s of passages) {
    const look = s.sentence > 0 ? byParagraph.get(s.paragraph) : undefined;
    if (look) shade[s.id] = look;
  }
  return shade;
}
