// Suggests questions for an essay, offline and deterministically (same input, same drafts), with the
// compromise NLP library: cloze on key sentences, single choice on named things with distractors of the
// same kind from the library, which-essay-says-this, and evidence selection. Every draft cites the
// passage it came from and passes validateQuestion; an instructor reviews and edits before saving.
import { validateQuestion } from "@/lib/questions/schema";
import { attributionDraft, evidenceDraft } from "./passage-drafts";
import { clozeDraft, entityDraft } from "./blank-drafts";
import { buildEntityPool } from "./entity-pool";
import { salience, wordFrequencies } from "./salience";
import type { Draft, DraftContext, DraftEssay, DraftPassage } from "./types";

export type { Draft, DraftEssay, DraftPassage } from "./types";

const KINDS = ["entity", "cloze", "evidence", "attribution"] as const;
type Kind = (typeof KINDS)[number];

/** The essay first, then the rest of the library, each slug once. */
function libraryWith(essay: DraftEssay, library: DraftEssay[]): DraftEssay[] {
  const seen = new Set([essay.slug]);
  const out = [essay];
  for (const e of library) {
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

function rankSentences(sentences: DraftPassage[], freq: Map<string, number>): DraftPassage[] {
  const scored = sentences.map((p, i) => ({ p, i, score: salience(p.text, freq) }));
  return scored.sort((a, b) => b.score - a.score || a.i - b.i).map((s) => s.p);
}

export function draftQuestions(essay: DraftEssay, library: DraftEssay[], opts?: { limit?: number }): Draft[] {
  const limit = Math.max(0, Math.floor(opts?.limit ?? 20));
  const sentences = sentencesOf(essay);
  const freq = wordFrequencies(sentences.map((p) => p.text));
  const essays = libraryWith(essay, library);
  const ctx: DraftContext = { essay, essays, ranked: rankSentences(sentences, freq) };
  const pool = buildEntityPool(essays);

  // One queue per kind, each in salience order; generated lazily so a small limit stays cheap.
  const make: Record<Kind, (p: DraftPassage) => Draft | null> = {
    entity: (p) => entityDraft(ctx, p, pool),
    cloze: (p) => clozeDraft(ctx, p, freq),
    evidence: (p) => evidenceDraft(ctx, p),
    attribution: (p) => attributionDraft(ctx, p),
  };
  const cursor: Record<Kind, number> = { entity: 0, cloze: 0, evidence: 0, attribution: 0 };
  const skipped: Record<Kind, DraftPassage[]> = { entity: [], cloze: [], evidence: [], attribution: [] };
  const attempt = (kind: Kind, p: DraftPassage) => {
    const d = make[kind](p);
    return d && validateQuestion(d).ok ? d : null;
  };
  const next = (kind: Kind, used: Set<string>): Draft | null => {
    while (cursor[kind] < ctx.ranked.length) {
      const p = ctx.ranked[cursor[kind]++]!;
      if (used.has(p.id)) {
        skipped[kind].push(p);
        continue;
      }
      const d = attempt(kind, p);
      if (d) return d;
    }
    // Every fresh passage is spent: a passage another kind already used may still give this kind a draft.
    while (skipped[kind].length > 0) {
      const d = attempt(kind, skipped[kind].shift()!);
      if (d) return d;
    }
    return null;
  };

  // Round robin over the kinds, so any limit gets a mix; a passage is used once while others remain,
  // which spreads the drafts across the essay; a short essay then gets several kinds per sentence.
  const out: Draft[] = [];
  const used = new Set<string>();
  const exhausted = new Set<Kind>();
  while (out.length < limit && exhausted.size < KINDS.length) {
    for (const kind of KINDS) {
      if (out.length >= limit || exhausted.has(kind)) continue;
      const d = next(kind, used);
      if (!d) {
        exhausted.add(kind);
        continue;
      }
      out.push(d);
      for (const id of d.passageIds) used.add(id);
    }
  }
  return out;
}
