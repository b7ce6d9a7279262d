// Drafts about whole sentences: which essay says this (attribution) and which passage supports a claim
// (evidence selection).
import { seededShuffle } from "@/lib/questions/public-question";
import { meaningfulPhrase } from "./blank-drafts";
import { discusses } from "./comparison-drafts";
import { findMentions, nounPhrases, type Span } from "./entities";
import { choiceIds } from "./opaque-id";
import { claimFor, claimRelation, relationsOf, statesRelation } from "./relations";
import { sharedRun } from "./rubric";
import { contentWords, hashSeed, leansOnContext, overlap } from "./salience";
import { nounKeys, topTopics, type TopicWord } from "./topics";
import { anchorOf, type Draft, type DraftContext, type DraftPassage } from "./types";

const words = (t: string) => t.split(/\s+/).length;

/**
 * Which essay says this? Only for statements that stand alone and appear in no other essay of the library. Listed
 * after the other drafts (draftQuestions): easy when the paired essays are far apart.
 */
export function attributionDraft(ctx: DraftContext, p: DraftPassage): Draft | null {
  if (ctx.essays.length < 2 || leansOnContext(p.text) || words(p.text) < 8 || words(p.text) > 60) return null;
  // A question ("Does this mean study and examination, or only feeling?") states nothing to attribute.
  if (/\?["”’)]*$/.test(p.text)) return null;
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
 * The claim an evidence question asks students to support: a relation the sentence states, in words of the claim's
 * own (not a copy: no run of five of the sentence's words) — what its main clause's subject does to its object, or
 * the heaviest terms of two clauses a causal or contrast connective links. None when the sentence states none.
 */
export function evidenceClaim(
  text: string,
  freq: Map<string, number>,
): { claim: string; terms: [string, string] } | null {
  for (const r of relationsOf(text)) {
    if (r.kind === "action") {
      if (contentWords(r.subject).length === 0 || contentWords(r.object).length === 0) continue;
      // A relation that is most of its sentence ("Justice ought to hold the balance between them") makes a claim
      // that is the sentence again, found by matching words rather than by reading.
      if (words(`${r.subject} ${r.verb} ${r.object}`) > 0.6 * words(text)) continue;
      // With its articles when that is no copy of the sentence, else without one or both ("… in nature of man").
      const claim = (
        [
          [true, true],
          [false, true],
          [true, false],
          [false, false],
        ] as const
      )
        .map((a) => claimFor(r, undefined, undefined, a))
        .find((c) => sharedRun(c, text) < 5);
      if (claim && statesRelation(claim, text)) return { claim, terms: [r.subject, r.object] };
      continue;
    }
    const [x, y] = r.kind === "cause" ? [r.effect, r.cause] : [r.first, r.second];
    const a = termsOf(x, freq)[0];
    const b = termsOf(y, freq)[0];
    if (!a || !b || a.includes(b) || b.includes(a)) continue;
    const claim = claimFor(r, a, b);
    if (sharedRun(claim, text) < 5 && statesRelation(claim, text)) return { claim, terms: [a, b] };
  }
  return null;
}

const RELATION_WORDS = { action: "what its subject does", cause: "a cause", contrast: "a contrast" } as const;

/**
 * Evidence selection: a claim stating a relation the sentence makes, the sentence itself and three salient sentences
 * from other paragraphs that do not mention both of its terms (so exactly one option supports it).
 */
export function evidenceDraft(ctx: DraftContext, p: DraftPassage, freq: Map<string, number>): Draft | null {
  if (leansOnContext(p.text) || words(p.text) < 8) return null;
  const link = evidenceClaim(p.text, freq);
  if (!link) return null;
  const { claim } = link;
  const kind = claimRelation(claim)!.kind;
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
    rationale: `Rule “evidence for a claim”: ${anchorOf(p)} states ${RELATION_WORDS[kind]}, relating “${link.terms[0]}” to “${link.terms[1]}”; the other options come from other paragraphs and do not mention both.`,
  };
}

/**
 * Main idea: what a paragraph is mainly about — its most distinctive noun (one it repeats and other paragraphs
 * rarely use: topics.ts), among the most distinctive nouns of other paragraphs that this one does not use. Cites
 * the whole paragraph. One draft per topic of the paragraph, best first (the caller takes the first that no other
 * draft on the paragraph asks for); none for a paragraph that repeats no such noun.
 */
export function mainIdeaDrafts(ctx: DraftContext, paragraph: number): Draft[] {
  const sentences = ctx.essay.passages.filter((x) => x.paragraph === paragraph && x.sentence > 0);
  const whole = ctx.essay.passages.find((x) => x.paragraph === paragraph && x.sentence === 0);
  if (!whole || sentences.length < 2) return [];
  // A topic named in the title would give itself away in the stem.
  const fair = (t: TopicWord) => !discusses(ctx.essay.title, t.text);
  return topTopics(ctx.essay, paragraph)
    .filter(fair)
    .flatMap((top) => mainIdeaOn(ctx, whole, top, fair) ?? []);
}

function mainIdeaOn(
  ctx: DraftContext,
  whole: DraftPassage,
  top: TopicWord,
  fair: (t: TopicWord) => boolean,
): Draft | null {
  const { paragraph } = whole;
  const key = top.text;
  const here = nounKeys(whole.text);
  const others: string[] = [];
  const paragraphs = [...new Set(ctx.ranked.map((x) => x.paragraph))].filter((n) => n !== paragraph);
  for (const n of paragraphs) {
    const t = topTopics(ctx.essay, n).find(
      (x) => fair(x) && !here.has(x.key) && !discusses(whole.text, x.text) && !others.includes(x.text),
    );
    if (t) others.push(t.text);
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
    rationale: `Rule “main idea”: “${key}” is the noun paragraph ${paragraph} repeats (${top.tf} times) that other paragraphs use least; the other choices are other paragraphs’ topics, which this one does not mention.`,
  };
}
