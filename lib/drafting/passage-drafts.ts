// Drafts about whole sentences: which essay says this (attribution) and which passage supports a claim
// (evidence selection).
import { seededShuffle } from "@/lib/questions/public-question";
import { meaningfulPhrase } from "./blank-drafts";
import { findMentions, nounPhrases, type Span } from "./entities";
import { choiceIds } from "./opaque-id";
import { contentWords, hashSeed, leansOnContext, overlap } from "./salience";
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
    rationale: `Rule “compare essays”: a self-contained sentence (${anchorOf(p)}) that carries this essay’s recurring themes, set against the essays paired with it.`,
  };
}

const weightOf = (freq: Map<string, number>) => (s: Span) =>
  contentWords(s.text).reduce((sum, w) => sum + (freq.get(w) ?? 0), 0);
/** The sentence's terms that carry the essay's recurring words, heaviest first, without repeats. */
function termsOf(text: string, freq: Map<string, number>): string[] {
  const weight = weightOf(freq);
  const phrases = nounPhrases(text).filter((s) => meaningfulPhrase(s) && weight(s) > 0);
  const out: string[] = [];
  for (const s of [...phrases].sort((a, b) => weight(b) - weight(a) || a.start - b.start)) {
    // The sentence's capital goes ("The chalk" → "the chalk"), a name's stays ("Poland").
    const named = findMentions(text).some((m) => m.start === s.start);
    const t = s.start === 0 && !named ? s.text.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase()) : s.text;
    if (!out.some((o) => o.includes(t) || t.includes(o))) out.push(t);
  }
  return out;
}

/**
 * The claim an evidence question asks students to support: not the sentence reworded word for word, but the link
 * it makes between its two heaviest terms ("The essay links X to Y"). A student has to find the sentence that
 * makes that link, which is reading for an idea, not matching a string.
 */
export function linkClaim(text: string, freq: Map<string, number>): { claim: string; terms: [string, string] } | null {
  const [a, b] = termsOf(text, freq);
  if (!a || !b) return null;
  return { claim: `The essay connects ${a} with ${b}.`, terms: [a, b] };
}

/**
 * Evidence selection: a claim stating the link the sentence makes, the sentence itself and three salient sentences
 * from other paragraphs that mention neither term of the link (so exactly one option supports it).
 */
export function evidenceDraft(ctx: DraftContext, p: DraftPassage, freq: Map<string, number>): Draft | null {
  if (leansOnContext(p.text) || words(p.text) < 8) return null;
  const link = linkClaim(p.text, freq);
  if (!link) return null;
  const { claim } = link;
  const mentions = (o: DraftPassage, term: string) => {
    const tw = contentWords(term);
    const ow = new Set(contentWords(o.text));
    return tw.some((w) => ow.has(w));
  };
  const others = ctx.ranked.filter(
    (o) =>
      o.paragraph !== p.paragraph &&
      words(o.text) >= 6 &&
      !(mentions(o, link.terms[0]) && mentions(o, link.terms[1])) &&
      overlap(claim, o.text) < 0.5,
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
    rationale: `Rule “evidence for a claim”: ${anchorOf(p)} links “${link.terms[0]}” with “${link.terms[1]}”; the other options come from other paragraphs and do not make that link.`,
  };
}

/**
 * Main idea: what a paragraph is mainly about, chosen among the heaviest terms of other paragraphs that this
 * paragraph does not mention. The key is the paragraph's own heaviest term; cites the whole paragraph.
 */
export function mainIdeaDraft(ctx: DraftContext, paragraph: number, freq: Map<string, number>): Draft | null {
  const sentences = ctx.essay.passages.filter((x) => x.paragraph === paragraph && x.sentence > 0);
  const whole = ctx.essay.passages.find((x) => x.paragraph === paragraph && x.sentence === 0);
  if (!whole || sentences.length < 2) return null;
  // The paragraph's own weight per term: a term it repeats is what it is about.
  const local = new Map<string, number>();
  for (const s of sentences) for (const w of contentWords(s.text)) local.set(w, (local.get(w) ?? 0) + 1);
  const score = (t: string) =>
    contentWords(t).reduce((sum, w) => sum + (local.get(w) ?? 0) * 2 + (freq.get(w) ?? 0), 0);
  const own = sentences.flatMap((s) => termsOf(s.text, freq));
  const key = [...new Set(own)].sort((a, b) => score(b) - score(a) || a.localeCompare(b))[0];
  if (!key) return null;
  const here = new Set(contentWords(whole.text));
  const others: string[] = [];
  const paragraphs = [...new Set(ctx.ranked.map((x) => x.paragraph))].filter((n) => n !== paragraph);
  for (const n of paragraphs) {
    const best = ctx.ranked.filter((x) => x.paragraph === n).flatMap((x) => termsOf(x.text, freq));
    const t = best.find((x) => contentWords(x).every((w) => !here.has(w)) && !others.includes(x) && x !== key);
    if (t) others.push(t);
    if (others.length === 6) break;
  }
  if (others.length < 3) return null;
  const seed = hashSeed(`${ctx.essay.slug}#main#${paragraph}`);
  const texts = [key, ...seededShuffle(others, seed).slice(0, 3)];
  const choices = choiceIds(`${ctx.essay.slug}#main#${paragraph}`, seededShuffle(texts, seed));
  return {
    kind: "main-idea",
    type: "SINGLE_CHOICE",
    prompt: `What is paragraph ${paragraph} of “${ctx.essay.title}” mainly about?`,
    content: { choices },
    answerKey: { correct: choices.find((c) => c.text === key)!.id },
    explanation: `Paragraph ${paragraph} keeps returning to ${key}; the other choices are what other paragraphs discuss.`,
    points: 1,
    rubric: null,
    passageIds: [whole.id],
    rationale: `Rule “main idea”: “${key}” is the term paragraph ${paragraph} repeats most; the other choices are the topics of other paragraphs, which this one does not mention.`,
  };
}
