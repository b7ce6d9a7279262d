// Guided reading (issue 20): the quiz is the essay, with each question placed right after the last passage it
// cites, and the text below a question locked until it is answered. These pure functions decide where the
// questions go and how much of the essay is open; the server runs them on every read and every opening.

/** A passage row of the displayed essay: sentence 0 is a whole paragraph, sentence >= 1 one sentence of it. */
export type GuidePassage = { id: string; paragraph: number; sentence: number };
/** A question as placed: its id and the passages it cites (of any essay: the others are ignored). */
export type GuideQuestion = { id: string; passages: { essaySlug: string; paragraph: number; sentence: number }[] };

/** One stretch of the essay and the questions that follow it. `sentences` are sentence passage ids in order. */
export type GuideSection = { sentences: string[]; questionIds: string[] };

/**
 * The essay a guided reading shows: the one the questions cite most often (a tie goes to the one cited first in
 * the questions' order); `fallback` (the set's first essay) when no question cites any passage.
 */
export function pickGuideEssay(questions: readonly GuideQuestion[], fallback: string | null): string | null {
  const count = new Map<string, number>();
  for (const q of questions) for (const p of q.passages) count.set(p.essaySlug, (count.get(p.essaySlug) ?? 0) + 1);
  let best: string | null = null;
  for (const [slug, n] of count) if (best === null || n > count.get(best)!) best = slug;
  return best ?? fallback;
}

/**
 * Cuts the essay into sections, each ending where one or more questions are placed:
 * - a question goes right after the last passage (in reading order) it cites in this essay; a cited paragraph
 *   counts as its last sentence;
 * - questions at the same place keep their given order (the attempt's order);
 * - a question citing nothing in this essay (no passage, or only another essay's) goes after the essay's end;
 * - the text after the last placed question is a final section with no questions.
 * Every sentence of the essay is in exactly one section, in order.
 */
export function layoutGuide(
  essaySlug: string,
  passages: readonly GuidePassage[],
  questions: readonly GuideQuestion[],
): GuideSection[] {
  const sentences = passages
    .filter((p) => p.sentence > 0)
    .sort((a, b) => a.paragraph - b.paragraph || a.sentence - b.sentence);
  const ordinal = new Map(sentences.map((s, i) => [`${s.paragraph}:${s.sentence}`, i]));
  const lastOfParagraph = new Map<number, number>();
  sentences.forEach((s, i) => lastOfParagraph.set(s.paragraph, i));
  const END = sentences.length; // after the essay's last sentence
  const anchorOf = (q: GuideQuestion): number => {
    let anchor = -1;
    for (const p of q.passages) {
      if (p.essaySlug !== essaySlug) continue;
      const at = p.sentence === 0 ? lastOfParagraph.get(p.paragraph) : ordinal.get(`${p.paragraph}:${p.sentence}`);
      if (at !== undefined) anchor = Math.max(anchor, at);
    }
    return anchor < 0 ? END : anchor;
  };
  const byAnchor = new Map<number, string[]>();
  for (const q of questions) {
    const a = anchorOf(q);
    byAnchor.set(a, [...(byAnchor.get(a) ?? []), q.id]);
  }
  const sections: GuideSection[] = [];
  let from = 0;
  for (const anchor of [...byAnchor.keys()].sort((a, b) => a - b)) {
    const to = Math.min(anchor + 1, END);
    sections.push({ sentences: sentences.slice(from, to).map((s) => s.id), questionIds: byAnchor.get(anchor)! });
    from = to;
  }
  if (from < END) sections.push({ sentences: sentences.slice(from).map((s) => s.id), questionIds: [] });
  return sections;
}

/**
 * How many sections are open, from the top: a section opens once every question placed before it has been
 * answered (`opened`: the questions whose answer opened the text below them, kept by the server), or all of
 * them when the instructor turned the gate off for this student.
 */
export function openSectionCount(sections: readonly GuideSection[], opened: ReadonlySet<string>, gateOff: boolean) {
  if (gateOff) return sections.length;
  const blocked = sections.findIndex((s) => s.questionIds.some((id) => !opened.has(id)));
  return blocked < 0 ? sections.length : blocked + 1;
}

/** The questions in reading order: the order in which the guided reading shows them. */
export function guideQuestionOrder(sections: readonly GuideSection[]): string[] {
  return sections.flatMap((s) => s.questionIds);
}
