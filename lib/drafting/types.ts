import type { QuestionInput } from "@/lib/questions/schema";

/** A passage as the drafter needs it: sentence 0 is a whole paragraph, sentence >= 1 a sentence in it (1-based). */
export type DraftPassage = {
  id: string;
  paragraph: number;
  sentence: number;
  text: string;
  start: number;
  end: number;
};
export type DraftEssay = { slug: string; title: string; body: string; passages: DraftPassage[] };
/** A suggested question: valid as it stands, plus what kind of draft it is and why it was proposed. */
export type Draft = QuestionInput & { kind: "cloze" | "entity" | "attribution" | "evidence"; rationale: string };

/** Everything a draft generator reads, computed once per call. */
export type DraftContext = {
  essay: DraftEssay;
  /** the essay and the rest of the library, each slug once, essay first */
  essays: DraftEssay[];
  /** the essay's sentences, most salient first (ties in reading order) */
  ranked: DraftPassage[];
};

/** "p3-s2", as shown to people and used in URLs. */
export const anchorOf = (p: DraftPassage) => (p.sentence === 0 ? `p${p.paragraph}` : `p${p.paragraph}-s${p.sentence}`);
