// Drafts about whole sentences: which essay says this (attribution) and which passage supports a claim
// (evidence selection).
import { seededShuffle } from "@/lib/questions/public-question";
import { claimFrom } from "./claims";
import { hashSeed, leansOnContext, overlap } from "./salience";
import { anchorOf, type Draft, type DraftContext, type DraftPassage } from "./types";

const words = (t: string) => t.split(/\s+/).length;

/** Which essay says this? Only for sentences that stand alone and appear in no other essay of the library. */
export function attributionDraft(ctx: DraftContext, p: DraftPassage): Draft | null {
  if (ctx.essays.length < 2 || leansOnContext(p.text) || words(p.text) < 8 || words(p.text) > 60) return null;
  if (ctx.essays.some((e) => e.slug !== ctx.essay.slug && e.body.includes(p.text))) return null;
  return {
    kind: "attribution",
    type: "ATTRIBUTION",
    prompt: "Which essay says this?",
    content: { statement: p.text, essays: ctx.essays.map((e) => ({ slug: e.slug, title: e.title })) },
    answerKey: { correct: ctx.essay.slug },
    explanation: `This is from “${ctx.essay.title}”, paragraph ${p.paragraph}.`,
    points: 1,
    rubric: null,
    passageIds: [p.id],
    rationale: `A self-contained sentence (${anchorOf(p)}) that carries the essay’s recurring themes.`,
  };
}

/**
 * Evidence selection: a claim condensed from the sentence, the sentence itself and three salient sentences
 * from other paragraphs that share few of the claim's words (so exactly one option supports it).
 */
export function evidenceDraft(ctx: DraftContext, p: DraftPassage): Draft | null {
  if (leansOnContext(p.text) || words(p.text) < 8) return null;
  const claim = claimFrom(p.text);
  const others = ctx.ranked.filter(
    (o) => o.paragraph !== p.paragraph && words(o.text) >= 6 && overlap(claim, o.text) < 0.25,
  );
  if (others.length < 3) return null;
  const seed = hashSeed(`${ctx.essay.slug}#evidence#${anchorOf(p)}`);
  const pick = others.slice(0, 9);
  const distractors = seededShuffle(pick, seed).slice(0, 3);
  const options = seededShuffle([p, ...distractors], seed).map((o) => o.id);
  return {
    kind: "evidence",
    type: "EVIDENCE",
    prompt: `Which passage of “${ctx.essay.title}” supports this claim?`,
    content: { claim, options },
    answerKey: { correct: [p.id] },
    explanation: `Paragraph ${p.paragraph} says: “${p.text}”`,
    points: 1,
    rubric: null,
    passageIds: [p.id],
    rationale: `Claim condensed from ${anchorOf(p)}; the other options come from other paragraphs and share few of its words. Reword the claim so students match ideas, not phrases.`,
  };
}
