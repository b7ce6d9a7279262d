/** A flat list of passages (paragraph rows with sentence 0, sentence rows >= 1) grouped for rendering. */
export type PassageRow = { id: string; paragraph: number; sentence: number; text: string; start: number; end: number };
export type ParagraphGroup = { paragraph: PassageRow; sentences: PassageRow[] };

export function groupPassages(rows: PassageRow[]): ParagraphGroup[] {
  const byPara = new Map<number, ParagraphGroup>();
  const sorted = [...rows].sort((a, b) => a.paragraph - b.paragraph || a.sentence - b.sentence);
  for (const r of sorted) {
    if (r.sentence === 0) byPara.set(r.paragraph, { paragraph: r, sentences: [] });
    else byPara.get(r.paragraph)?.sentences.push(r);
  }
  return [...byPara.values()];
}

/** "¶3" or "¶3 s2": how a passage is named to people. */
export function passageLabel(p: { paragraph: number; sentence: number }): string {
  return p.sentence === 0 ? `¶${p.paragraph}` : `¶${p.paragraph} s${p.sentence}`;
}
