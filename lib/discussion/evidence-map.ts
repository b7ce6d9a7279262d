// The debate's evidence map: how often each side cites each passage. Pure, so it is unit-tested.
import type { PassageRow } from "@/lib/passages/group";

export type StanceCitation = { stanceId: string; passageId: string };
export type EvidenceRow = { passageId: string; counts: Record<string, number>; total: number };

/** Tints per side, light enough that slate-900 text on them keeps AA contrast. */
export const STANCE_HUES = [
  { name: "blue", rgb: "59, 130, 246" },
  { name: "orange", rgb: "249, 115, 22" },
  { name: "green", rgb: "34, 197, 94" },
  { name: "pink", rgb: "236, 72, 153" },
] as const;
export const BOTH_SIDES_RGB = "139, 92, 246";

/** Counts citations per passage and side; a paragraph citation counts for every sentence in it. */
export function evidenceCounts(citations: StanceCitation[], passages: PassageRow[]): Map<string, EvidenceRow> {
  const sentencesOf = new Map<string, string[]>();
  const paraOf = new Map(passages.filter((p) => p.sentence === 0).map((p) => [p.paragraph, p.id]));
  for (const p of passages) {
    if (p.sentence === 0) continue;
    const pid = paraOf.get(p.paragraph);
    if (pid) sentencesOf.set(pid, [...(sentencesOf.get(pid) ?? []), p.id]);
  }
  const rows = new Map<string, EvidenceRow>();
  for (const c of citations) {
    for (const id of sentencesOf.get(c.passageId) ?? [c.passageId]) {
      const row = rows.get(id) ?? { passageId: id, counts: {}, total: 0 };
      row.counts[c.stanceId] = (row.counts[c.stanceId] ?? 0) + 1;
      row.total++;
      rows.set(id, row);
    }
  }
  return rows;
}

/**
 * A background tint per cited sentence: the hue of the side that cites it most (violet when sides tie),
 * stronger the more it is cited. `title` says the counts in words for pointer users; the page's table
 * carries the same data for everyone.
 */
export function evidenceShade(
  rows: Map<string, EvidenceRow>,
  stances: { id: string; text: string }[],
): Record<string, { color: string; title: string }> {
  const max = Math.max(1, ...[...rows.values()].map((r) => r.total));
  const shade: Record<string, { color: string; title: string }> = {};
  for (const row of rows.values()) {
    const ranked = stances.map((s, i) => ({ s, i, n: row.counts[s.id] ?? 0 })).sort((a, b) => b.n - a.n);
    const top = ranked[0]!;
    const tie = ranked.length > 1 && ranked[1]!.n === top.n;
    const rgb = tie ? BOTH_SIDES_RGB : STANCE_HUES[top.i % STANCE_HUES.length]!.rgb;
    const alpha = (0.18 + 0.32 * (row.total / max)).toFixed(2);
    const words = ranked
      .filter((r) => r.n > 0)
      .map((r) => `${r.n}× by “${r.s.text}”`)
      .join(", ");
    shade[row.passageId] = { color: `rgba(${rgb}, ${alpha})`, title: `Cited ${words}` };
  }
  return shade;
}

/** The passages a side cites most, most-cited first. */
export function topPassages(
  rows: Map<string, EvidenceRow>,
  stanceId: string,
  limit = 3,
): { passageId: string; count: number }[] {
  return [...rows.values()]
    .map((r) => ({ passageId: r.passageId, count: r.counts[stanceId] ?? 0 }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || a.passageId.localeCompare(b.passageId))
    .slice(0, limit);
}
