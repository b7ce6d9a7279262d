// Suggests questions for an essay, offline and deterministically (same input, same drafts), with the
// compromise NLP library: named facts and key terms (recall), the main idea of a paragraph, the author's stance,
// cause and effect, evidence for a claim the passage makes (inference), and, among the essays the teacher paired,
// which-essay-says-this and what two essays both discuss (comparison). Every draft
// cites the passage it came from, says which rule made it, and passes validateQuestion; an instructor reviews and
// edits before saving. The rules a teacher's keepable draft meets are checked in rubric.ts.
import { validateQuestion } from "@/lib/questions/schema";
import { attributionDraft, evidenceDraft, mainIdeaDrafts } from "./passage-drafts";
import { assertNever } from "@/lib/assert-never";
import { clozeDrafts, entityDraft } from "./blank-drafts";
import { causeDraft } from "./cause-drafts";
import { comparisonDraft } from "./comparison-drafts";
import { buildEntityPool } from "./entity-pool";
import { nearDuplicate, repeatsKey } from "./rubric";
import { salience, wordFrequencies } from "./salience";
import { stanceDraft } from "./stance-drafts";
import {
  DRAFT_KINDS,
  type Draft,
  type DraftContext,
  type DraftEssay,
  type DraftKind,
  type DraftPassage,
} from "./types";

export type { Draft, DraftEssay, DraftKind, DraftPassage } from "./types";
export { DRAFT_KINDS, DRAFT_KIND_LABELS } from "./types";

/** The essay first, then its peers, each slug once. */
function withPeers(essay: DraftEssay, peers: DraftEssay[]): DraftEssay[] {
  const seen = new Set([essay.slug]);
  const out = [essay];
  for (const e of peers) {
    if (seen.has(e.slug)) continue;
    seen.add(e.slug);
    out.push(e);
  }
  return out;
}

const sentencesOf = (essay: DraftEssay) =>
  essay.passages
    .filter((p) => p.sentence > 0 && p.text.trim().length > 0)
    .sort((a, b) => a.paragraph - b.paragraph || a.sentence - b.sentence);

/**
 * Sentences by salience, then dealt round the paragraphs (each paragraph's best, then each one's second best…),
 * so the drafts cover the essay rather than the one paragraph dense in its key words.
 */
function rankSentences(sentences: DraftPassage[], freq: Map<string, number>): DraftPassage[] {
  const scored = sentences.map((p, i) => ({ p, i, score: salience(p.text, freq) }));
  const sorted = scored.sort((a, b) => b.score - a.score || a.i - b.i).map((s) => s.p);
  const byParagraph = new Map<number, DraftPassage[]>();
  for (const p of sorted) byParagraph.set(p.paragraph, [...(byParagraph.get(p.paragraph) ?? []), p]);
  const queues = [...byParagraph.values()];
  const out: DraftPassage[] = [];
  for (let round = 0; out.length < sorted.length; round++) for (const q of queues) if (q[round]) out.push(q[round]!);
  return out;
}

/** How many drafts an essay of this many words is worth by default: about one per 100 words, 12 to 60. */
export function defaultDraftCount(words: number): number {
  return Math.min(60, Math.max(12, Math.round(words / 100)));
}

/** What a draft asks for, to spot two drafts that test the same thing. */
export function keyOf(d: Draft): string {
  switch (d.type) {
    case "CLOZE":
      return `term:${(d.answerKey.accepted[0] ?? "").toLowerCase()}`;
    case "SINGLE_CHOICE": {
      const text = d.content.choices.find((x) => x.id === d.answerKey.correct)?.text.toLowerCase();
      const prefix = d.kind === "main-idea" ? "topic" : d.kind === "entity" || d.kind === "cloze" ? "term" : d.kind;
      return `${prefix}:${text}`;
    }
    case "EVIDENCE":
      return `claim:${d.content.claim.toLowerCase()}`;
    case "MULTIPLE_SELECT":
    case "TRUE_FALSE":
    case "SHORT_ANSWER":
    case "ATTRIBUTION":
    case "ORDERING":
    case "DEBATE":
      return `${d.kind}:${d.passageIds.join(",")}`;
    default:
      return assertNever(d, "question type");
  }
}

export type DraftOptions = {
  /** how many drafts; by default it scales with the essay's length (defaultDraftCount) */
  limit?: number;
  /** which kinds, all by default */
  kinds?: readonly DraftKind[];
};

/**
 * Drafts for `essay`. `peers` are the essays the teacher put in the same set or chose as a pair: they feed the
 * which-essay-says-this drafts and extra distractors, and nothing else is read. No peers, no attribution.
 */
export function draftQuestions(essay: DraftEssay, peers: DraftEssay[], opts?: DraftOptions): Draft[] {
  const sentences = sentencesOf(essay);
  const limit = Math.max(0, Math.floor(opts?.limit ?? defaultDraftCount(essay.body.split(/\s+/).length)));
  const kinds = DRAFT_KINDS.filter((k) => !opts?.kinds || opts.kinds.includes(k));
  const freq = wordFrequencies(sentences.map((p) => p.text));
  const essays = withPeers(essay, peers);
  const ctx: DraftContext = { essay, essays, ranked: rankSentences(sentences, freq) };
  const pools = [buildEntityPool([essay]), buildEntityPool(essays.slice(1))];

  // One queue per kind, each in ranked order; generated lazily so a small limit stays cheap.
  const paragraphsDone = new Set<number>();
  const make: Record<DraftKind, (p: DraftPassage) => Draft | Draft[] | null> = {
    entity: (p) => entityDraft(ctx, p, pools),
    cloze: (p) => clozeDrafts(ctx, p, freq),
    "main-idea": (p) => {
      if (paragraphsDone.has(p.paragraph)) return null;
      paragraphsDone.add(p.paragraph);
      return mainIdeaDrafts(ctx, p.paragraph);
    },
    stance: (p) => stanceDraft(ctx, p),
    cause: (p) => causeDraft(ctx, p),
    evidence: (p) => evidenceDraft(ctx, p, freq),
    attribution: (p) => attributionDraft(ctx, p),
    comparison: (p) => comparisonDraft(ctx, p),
  };
  // Per kind: how far down the ranked sentences it has read, and the sentences it passed over as used by another.
  const cursor = new Map<DraftKind, number>(DRAFT_KINDS.map((k) => [k, 0]));
  const skipped = new Map<DraftKind, DraftPassage[]>(DRAFT_KINDS.map((k) => [k, []]));
  const asked = new Set<string>();
  const out: Draft[] = [];
  const fits = (d: Draft) =>
    validateQuestion(d).ok &&
    !asked.has(keyOf(d)) &&
    !out.some((o) => nearDuplicate(o, d)) &&
    // A term another draft on the same paragraph already asks for is covered: the passage may give another.
    !repeatsKey(d, out, essay);
  const attempt = (kind: DraftKind, p: DraftPassage) => {
    const made = make[kind](p);
    return (Array.isArray(made) ? made : made ? [made] : []).find(fits) ?? null;
  };
  const next = (kind: DraftKind, used: Set<string>): Draft | null => {
    const passed = skipped.get(kind)!;
    for (let at = cursor.get(kind)!; at < ctx.ranked.length; at = cursor.get(kind)!) {
      const p = ctx.ranked[at]!;
      cursor.set(kind, at + 1);
      if (used.has(p.id)) {
        passed.push(p);
        continue;
      }
      const d = attempt(kind, p);
      if (d) return d;
    }
    // Every fresh passage is spent: a passage another kind already used may still give this kind a draft.
    while (passed.length > 0) {
      const d = attempt(kind, passed.shift()!);
      if (d) return d;
    }
    return null;
  };

  // Round robin over the kinds, so any limit gets a mix; a passage is used once while others remain,
  // which spreads the drafts across the essay; a short essay then gets several kinds per sentence.
  const used = new Set<string>();
  const exhausted = new Set<DraftKind>();
  while (out.length < limit && exhausted.size < kinds.length) {
    for (const kind of kinds) {
      if (out.length >= limit || exhausted.has(kind)) continue;
      const d = next(kind, used);
      if (!d) {
        exhausted.add(kind);
        continue;
      }
      out.push(d);
      asked.add(keyOf(d));
      for (const id of d.passageIds) used.add(id);
    }
  }
  // Which-essay-says-this is easy when the paired essays are far apart: kept, but shown after the others.
  return [...out.filter((d) => d.kind !== "attribution"), ...out.filter((d) => d.kind === "attribution")];
}
