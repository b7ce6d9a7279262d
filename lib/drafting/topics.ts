// What each paragraph of an essay is about: the nouns it repeats that the other paragraphs rarely use (tf-idf over
// the essay's paragraphs). Main-idea drafts take their key from the paragraph's own and their distractors from other
// paragraphs'; the rubric checks both against the same ranking, so a bland phrase ("different prospect", "body of
// men") is no longer offered as what a paragraph is about.
import { memoByText } from "./memo";
import { parse } from "./parse";
import type { DraftEssay } from "./types";

type Term = { text: string; normal: string; tags: string[]; offset?: { start: number } };

// Nouns too general to be what a paragraph or an essay is about.
export const GENERIC_NOUNS = new Set(
  "thing way time part case fact kind sort number people man men world year day place point one lot side end mean means matter question other less more hand idea view account deal body nothing none form nature degree manner respect instance friend inch mile foot feet half face proportion whole rest".split(
    " ",
  ),
);

/** One key for a noun's singular and plural ("causes", "cause"; "parties", "party"; "classes", "class"). */
export function nounKey(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, "");
  if (/ies$/.test(w) && w.length > 4) return w.replace(/ies$/, "y");
  if (/(ss|us|is)$/.test(w)) return w;
  if (/(x|ch|sh|ss)es$/.test(w)) return w.slice(0, -2);
  if (/[^s]s$/.test(w)) return w.slice(0, -1);
  return w;
}

export type NounUse = { key: string; text: string; start: number; proper: boolean };

/** The content nouns of a text (not pronouns, numbers, dates or the generic ones), each with its key and form. */
export const nounsOf = memoByText((text: string): NounUse[] => {
  const terms = (parse(text).json({ offset: true }) as { terms: Term[] }[]).flatMap((s) => s.terms);
  const out: NounUse[] = [];
  const capital = (t: Term | undefined) => !!t && /^[A-Z]/.test(t.text);
  for (const [i, t] of terms.entries()) {
    // A word of a longer name ("Central" in "Central Asia", "North" in "North Sea") is no topic of its own.
    if (capital(t) && (capital(terms[i + 1]) || (i > 0 && capital(terms[i - 1])))) continue;
    // A people's adjective read as a name ("the English chalk", "than the English") is no topic either.
    if (capital(t) && /(ish|ese|ian|can)$/.test(t.text)) continue;
    const noun =
      t.tags.includes("Noun") &&
      !["Pronoun", "Value", "Date", "Adjective", "Verb", "Determiner", "Adverb", "Demonym"].some((x) =>
        t.tags.includes(x),
      );
    const key = nounKey(t.normal);
    if (!noun || key.length <= 3 || !/^[a-z-]+$/.test(key) || GENERIC_NOUNS.has(key)) continue;
    out.push({ key, text: t.text, start: t.offset?.start ?? 0, proper: t.tags.includes("ProperNoun") });
  }
  return out;
});

/** The set of noun keys a text uses. */
export const nounKeys = (text: string) => new Set(nounsOf(text).map((n) => n.key));

export type TopicWord = { key: string; text: string; tf: number; score: number };

const sentencesByParagraph = (essay: DraftEssay) => {
  const out = new Map<number, string[]>();
  for (const p of essay.passages.filter((x) => x.sentence > 0))
    out.set(p.paragraph, [...(out.get(p.paragraph) ?? []), p.text]);
  return out;
};

/**
 * Per paragraph, the nouns two or more of its sentences use, most distinctive first: uses in the paragraph times
 * log((paragraphs + 1) / paragraphs using it). Each keeps the form the paragraph uses most (lower case unless a name).
 */
function rankTopics(essay: DraftEssay): Map<number, TopicWord[]> {
  const paragraphs = sentencesByParagraph(essay);
  const df = new Map<string, number>();
  const counts = new Map<number, Map<string, { tf: number; sentences: Set<string>; forms: Map<string, number> }>>();
  for (const [n, sentences] of paragraphs) {
    const local = new Map<string, { tf: number; sentences: Set<string>; forms: Map<string, number> }>();
    for (const s of sentences)
      for (const u of nounsOf(s)) {
        const e = local.get(u.key) ?? { tf: 0, sentences: new Set(), forms: new Map() };
        e.tf++;
        e.sentences.add(s);
        const form = u.proper ? u.text : u.text.toLowerCase();
        e.forms.set(form, (e.forms.get(form) ?? 0) + 1);
        local.set(u.key, e);
      }
    for (const key of local.keys()) df.set(key, (df.get(key) ?? 0) + 1);
    counts.set(n, local);
  }
  const total = paragraphs.size;
  const out = new Map<number, TopicWord[]>();
  for (const [n, local] of counts) {
    const ranked = [...local]
      // Repeated across sentences: a noun used twice in one sentence ("political life … animal life") is a figure.
      .filter(([, e]) => e.sentences.size >= 2)
      .map(([key, e]) => ({
        key,
        text: [...e.forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0],
        tf: e.tf,
        score: e.tf * Math.log((total + 1) / df.get(key)!),
      }))
      .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
    out.set(n, ranked);
  }
  return out;
}
const ranked = new WeakMap<DraftEssay, Map<number, TopicWord[]>>();
export const paragraphTopics = (essay: DraftEssay) =>
  ranked.get(essay) ?? ranked.set(essay, rankTopics(essay)).get(essay)!;

/** How many of a paragraph's most distinctive nouns count as what it is about. */
export const TOPICS_PER_PARAGRAPH = 3;
export const topTopics = (essay: DraftEssay, paragraph: number) =>
  (paragraphTopics(essay).get(paragraph) ?? []).slice(0, TOPICS_PER_PARAGRAPH);

/** The noun keys of a short text, each of its words read as a noun too: tagging a phrase or a clause out of its
 * sentence is a guess ("power hates a vacuum" can read as an order to power something). */
const keysOfPhrase = (text: string) =>
  new Set([...nounKeys(text), ...(text.toLowerCase().match(/[\p{L}-]+/gu) ?? []).map(nounKey)]);

/** Does `text` name one of the paragraph's most distinctive nouns? */
export const namesTopicOf = (essay: DraftEssay, paragraph: number, text: string) => {
  const keys = keysOfPhrase(text);
  return topTopics(essay, paragraph).some((t) => keys.has(t.key));
};

/** Is `text` about something the essay discusses: a noun of it that two or more of the essay's sentences use? */
export function onTopic(essay: DraftEssay, text: string): boolean {
  const uses = new Map<string, number>();
  for (const p of essay.passages.filter((x) => x.sentence > 0))
    for (const k of nounKeys(p.text)) uses.set(k, (uses.get(k) ?? 0) + 1);
  return [...keysOfPhrase(text)].some((k) => (uses.get(k) ?? 0) >= 2);
}
