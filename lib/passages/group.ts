/** A flat list of passages (paragraph rows with sentence 0, sentence rows >= 1) grouped for rendering. */
export type PassageRow = { id: string; paragraph: number; sentence: number; text: string; start: number; end: number };
/** A passage's place without its text, which a view can slice from the essay's body (one copy of the text). */
export type PassageSpan = Omit<PassageRow, "text">;
export type ParagraphGroup<T extends PassageSpan = PassageRow> = { paragraph: T; sentences: T[] };

export function groupPassages<T extends PassageSpan>(rows: T[]): ParagraphGroup<T>[] {
  const byPara = new Map<number, ParagraphGroup<T>>();
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

/** The passages without their text, for a view that slices the essay's body (EssayText does). */
export function passageSpans(rows: readonly PassageRow[]): PassageSpan[] {
  return rows.map(({ id, paragraph, sentence, start, end }) => ({ id, paragraph, sentence, start, end }));
}
