import type { ValidQuestion } from "@/lib/questions/schema";

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
export const DRAFT_KINDS = [
  "entity",
  "cloze",
  "main-idea",
  "stance",
  "cause",
  "evidence",
  "attribution",
  "comparison",
] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];
/** What each kind asks, as the teacher chooses kinds and reads a draft's reason. */
export const DRAFT_KIND_LABELS: Record<DraftKind, string> = {
  entity: "Name, place or number (recall)",
  cloze: "Key term (fill the blank)",
  "main-idea": "Main idea of a paragraph",
  stance: "The author’s stance",
  cause: "Cause and effect",
  evidence: "Evidence for a claim (inference)",
  attribution: "Which essay says this (compare essays)",
  comparison: "What two paired essays both discuss (compare)",
};
/**
 * A valid question (typed by its `type`, so no casts are needed to read it) plus what kind of draft it is, why it
 * was proposed and, for a draft a language model suggested, which model (rule drafts have no `source`).
 */
export type Draft = ValidQuestion & { kind: DraftKind; rationale: string; source?: string };

/** Everything a draft generator reads, computed once per call. */
export type DraftContext = {
  essay: DraftEssay;
  /** the essay and its peers (the essays the teacher put in the same set or chose as a pair), each slug once, essay first */
  essays: DraftEssay[];
  /** the essay's sentences, most salient first (ties in reading order) */
  ranked: DraftPassage[];
};

/** "p3-s2", as shown to people and used in URLs. */
export const anchorOf = (p: DraftPassage) => (p.sentence === 0 ? `p${p.paragraph}` : `p${p.paragraph}-s${p.sentence}`);
