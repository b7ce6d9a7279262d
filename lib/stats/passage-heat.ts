// Rolls question results up to the essay's sentences: how often the questions citing a sentence (or its
// whole paragraph) were answered wrongly, plus how often discussion and answers cite it. Pure.

export type HeatPassage = { id: string; essayId: string; paragraph: number; sentence: number };
export type HeatQuestion = {
  id: string;
  passageIds: string[];
  /** analysed attempts that have a grade for this question (ungraded answers are left out) */
  graded: number;
  /** of those, attempts without full marks (an unanswered question in a submitted attempt is wrong) */
  wrong: number;
};
export type PassageHeat = {
  passageId: string;
  questionIds: string[];
  graded: number;
  wrong: number;
  /** wrong / graded, null when no graded answer cites this passage */
  wrongRate: number | null;
  postCitations: number;
  responseCitations: number;
};

/**
 * Heat per sentence passage. A question that cites a paragraph counts for every sentence in it; citations
 * of a paragraph are shown on each of its sentences too ("citations touching this sentence").
 */
export function passageHeat(
  passages: readonly HeatPassage[],
  questions: readonly HeatQuestion[],
  citations: ReadonlyMap<string, { post: number; response: number }>,
): Map<string, PassageHeat> {
  const paragraphOf = new Map<string, string>();
  const paragraphId = new Map<string, string>();
  for (const p of passages) if (p.sentence === 0) paragraphId.set(`${p.essayId}:${p.paragraph}`, p.id);
  for (const p of passages)
    if (p.sentence > 0) paragraphOf.set(p.id, paragraphId.get(`${p.essayId}:${p.paragraph}`) ?? "");

  const byPassage = new Map<string, HeatQuestion[]>();
  for (const q of questions) for (const pid of q.passageIds) byPassage.set(pid, [...(byPassage.get(pid) ?? []), q]);

  const out = new Map<string, PassageHeat>();
  for (const p of passages) {
    if (p.sentence === 0) continue;
    const para = paragraphOf.get(p.id) ?? "";
    const qs = new Map<string, HeatQuestion>();
    for (const q of [...(byPassage.get(p.id) ?? []), ...(byPassage.get(para) ?? [])]) qs.set(q.id, q);
    let graded = 0;
    let wrong = 0;
    for (const q of qs.values()) {
      graded += q.graded;
      wrong += q.wrong;
    }
    const own = citations.get(p.id);
    const parent = citations.get(para);
    out.set(p.id, {
      passageId: p.id,
      questionIds: [...qs.keys()],
      graded,
      wrong,
      wrongRate: graded === 0 ? null : wrong / graded,
      postCitations: (own?.post ?? 0) + (parent?.post ?? 0),
      responseCitations: (own?.response ?? 0) + (parent?.response ?? 0),
    });
  }
  return out;
}

/** Five steps from pale amber to red; dark text keeps at least 4.5:1 contrast on every step. */
export const HEAT_STEPS = [
  { upTo: 0.2, color: "#fef3c7", label: "under 20% wrong" },
  { upTo: 0.4, color: "#fde68a", label: "20–39% wrong" },
  { upTo: 0.6, color: "#fdba74", label: "40–59% wrong" },
  { upTo: 0.8, color: "#fca5a5", label: "60–79% wrong" },
  { upTo: Infinity, color: "#f87171", label: "80% or more wrong" },
] as const;

export function heatColor(rate: number): string {
  return (HEAT_STEPS.find((s) => rate < s.upTo) ?? HEAT_STEPS[4]).color;
}
