// Named things in a sentence, found with compromise's tagger (not regexes): people, places,
// organisations, years and counts. Each mention keeps its character span in the sentence so a draft
// can blank it out and the answer is guaranteed to be the passage's own text.
import nlp from "compromise";
import { memoByText } from "./memo";
import { parse } from "./parse";

export type EntityKind = "person" | "place" | "organization" | "year" | "number";
export type Span = { text: string; start: number; end: number };
/** `sub` narrows a place to a country, a city or another region, from compromise's tags. */
export type Mention = Span & { kind: EntityKind; sub?: "country" | "city" | "region" };

const placeSub = (terms: Term[]): Mention["sub"] =>
  terms.some((t) => t.tags.includes("Country"))
    ? "country"
    : terms.some((t) => t.tags.includes("City"))
      ? "city"
      : "region";

type Term = { text: string; post: string; tags: string[]; offset: { start: number; length: number } };
type Match = { text: string; terms: Term[]; offset: { start: number; length: number } };

const POSSESSIVE = /['’]s$/;
const ARTICLES = new Set(["the", "a", "an"]);
// compromise 14's lexicon tags these prepositions as adjectives, so "against Moscow" looks like a noun phrase.
const SPATIAL = new Set(["against", "over", "under", "below", "above", "far", "near", "across", "beyond"]);

/**
 * Splits a compromise match into mentions at list punctuation ("Tajikistan, Turkmenistan" is two
 * places) and drops a possessive ending ("Russia’s" is the place "Russia").
 */
function mentionsOf(kind: EntityKind, matches: Match[]): Mention[] {
  const out: Mention[] = [];
  let group: Term[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const start = first.offset.start;
    let end = last.offset.start + last.text.length;
    let text = group.map((t, i) => t.text + (i < group.length - 1 ? t.post : "")).join("");
    if (POSSESSIVE.test(text)) {
      text = text.slice(0, -2);
      end -= 2;
    }
    // A lowercase or one-letter "entity" is a tagging slip (e.g. "western" inside a region name).
    if (text.length > 1 && /^[A-Z0-9]/.test(text))
      out.push({ kind, text, start, end, ...(kind === "place" ? { sub: placeSub(group) } : {}) });
    group = [];
  };
  for (const m of matches) {
    for (const t of m.terms) {
      group.push(t);
      if (/[^\s]/.test(t.post)) flush();
    }
    flush();
  }
  return out;
}

/** Years are numbers tagged as dates or in the range of recent history; counts are the other cardinal numbers. */
function numberMentions(doc: ReturnType<typeof nlp>): Mention[] {
  const out: Mention[] = [];
  const nums = doc.numbers().json({ offset: true }) as (Match & { number?: { num?: number } })[];
  for (const m of nums) {
    const value = m.number?.num;
    const term = m.terms[0];
    if (value === undefined || !term || m.terms.some((t) => t.tags.includes("Ordinal"))) continue;
    const isYear = Number.isInteger(value) && value >= 1900 && value <= 2100 && /^\d{4}$/.test(term.text);
    const text = m.terms.map((t, i) => t.text + (i < m.terms.length - 1 ? t.post : "")).join("");
    out.push({ kind: isYear ? "year" : "number", text, start: m.offset.start, end: m.offset.start + text.length });
  }
  return out;
}

/** Every entity mention in `sentence`, in reading order, without overlaps (the first-found kind wins). */
export const findMentions = memoByText(tagMentions);

function tagMentions(sentence: string): Mention[] {
  const doc = parse(sentence);
  const all = [
    ...mentionsOf("person", doc.people().json({ offset: true }) as Match[]),
    ...mentionsOf("organization", doc.organizations().json({ offset: true }) as Match[]),
    ...mentionsOf("place", doc.places().json({ offset: true }) as Match[]),
    ...numberMentions(doc),
  ];
  const kept: Mention[] = [];
  for (const m of all) {
    if (sentence.slice(m.start, m.end) !== m.text) continue; // offsets disagree with the text: skip rather than guess
    if (kept.some((k) => m.start < k.end && k.start < m.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Noun phrases worth blanking in a cloze: two or more words, starting with a content word. */
export const nounPhrases = memoByText(tagNounPhrases);

function tagNounPhrases(sentence: string): Span[] {
  const doc = parse(sentence);
  const phrases = doc.nouns().json({ offset: true }) as Match[];
  const out: Span[] = [];
  for (const p of phrases) {
    // Drop leading determiners ("the regional lifeline" → "regional lifeline").
    const terms = p.terms.filter((t, i) => !(i === 0 && ARTICLES.has(t.text.toLowerCase())));
    const first = terms[0];
    const last = terms[terms.length - 1];
    if (!first || !last || terms.length < 2 || terms.length > 5) continue;
    const has = (t: Term, ...tags: string[]) => tags.some((x) => t.tags.includes(x));
    if (!has(first, "Noun", "Adjective") || has(first, "Conjunction", "Preposition", "Verb", "Pronoun", "Possessive"))
      continue;
    if (has(first, "Determiner") || SPATIAL.has(first.text.toLowerCase())) continue;
    if (!has(last, "Noun") || has(last, "Possessive", "Preposition", "Pronoun") || POSSESSIVE.test(last.text)) continue;
    if (terms.some((t) => has(t, "Verb", "Pronoun", "Adverb"))) continue;
    // A phrase must not run across punctuation ("Iran, Russia" is a list, not a phrase).
    if (terms.slice(0, -1).some((t) => /[^\s’']/.test(t.post))) continue;
    const start = first.offset.start;
    const end = last.offset.start + last.text.length;
    out.push({ text: sentence.slice(start, end), start, end });
  }
  return out;
}

/** A comparison key: case, possessives and punctuation do not make two entities different. */
export function entityKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
