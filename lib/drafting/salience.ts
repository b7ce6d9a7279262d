// Which sentences are worth a question: the ones dense in the essay's recurring content words and
// named things. Scores are plain arithmetic over compromise's tags, so they are deterministic.
import { memoByText } from "./memo";
import { parse } from "./parse";

type Term = { normal: string; tags: string[] };

/** Lower-cased content words (nouns, adjectives, verbs, not pronouns or auxiliaries) of a text. */
export const contentWords = memoByText(tagContentWords);

function tagContentWords(text: string): string[] {
  const doc = parse(text);
  const terms = (doc.json() as { terms: Term[] }[]).flatMap((s) => s.terms);
  return terms
    .filter((t) => t.normal.length > 2 && ["Noun", "Adjective", "Verb"].some((x) => t.tags.includes(x)))
    .filter((t) => !["Pronoun", "Auxiliary", "Copula", "Determiner", "Modal"].some((x) => t.tags.includes(x)))
    .map((t) => t.normal.replace(/['’]s$/, ""));
}

/** How often each content word occurs in an essay, counted sentence by sentence (reusing their parses). */
export function wordFrequencies(sentences: string[]): Map<string, number> {
  const freq = new Map<string, number>();
  for (const s of sentences) for (const w of contentWords(s)) freq.set(w, (freq.get(w) ?? 0) + 1);
  return freq;
}

/**
 * A sentence's weight: repeated content words count more (they carry the essay's argument), divided by
 * the square root of the length so long sentences do not win by size alone. Sentences that lean on the
 * previous one ("It…", "This…", "And…") lose half: out of context they do not stand alone.
 */
export function salience(text: string, freq: Map<string, number>): number {
  const words = [...new Set(contentWords(text))];
  if (words.length === 0) return 0;
  const weight = words.reduce((sum, w) => sum + Math.log(1 + (freq.get(w) ?? 0)), 0);
  const length = text.split(/\s+/).length;
  return (weight / Math.sqrt(length)) * (leansOnContext(text) ? 0.5 : 1);
}

/** True when a sentence opens with a pronoun or conjunction whose meaning lies in the sentence before. */
export const leansOnContext = memoByText(opensWithReference);

function opensWithReference(text: string): boolean {
  const first = (parse(text).json() as { terms: Term[] }[])[0]?.terms[0];
  if (!first) return true;
  return (
    ["Pronoun", "Conjunction", "Possessive"].some((x) => first.tags.includes(x)) ||
    /^(this|that|these|those|then|thus|so)$/i.test(first.normal)
  );
}

/** Share of `a`'s content words that also occur in `b` (0 = none, 1 = all). */
export function overlap(a: string, b: string): number {
  const aw = new Set(contentWords(a));
  if (aw.size === 0) return 0;
  const bw = new Set(contentWords(b));
  let shared = 0;
  for (const w of aw) if (bw.has(w)) shared++;
  return shared / aw.size;
}

/** FNV-1a: a stable 32-bit seed from a string, so "random" choices repeat exactly for the same input. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
