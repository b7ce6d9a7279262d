// Comparing two essays the teacher paired: "which of these do both essays discuss?", the key a topic both keep
// returning to, the distractors topics only one of them discusses. Cites a sentence of each essay on the topic.
import { seededShuffle } from "@/lib/questions/public-question";
import { meaningfulPhrase } from "./blank-drafts";
import { entityKey, findMentions, nounPhrases } from "./entities";
import { memoByText } from "./memo";
import { choiceIds } from "./opaque-id";
import { parse } from "./parse";
import { hashSeed } from "./salience";
import { anchorOf, type Draft, type DraftContext, type DraftEssay, type DraftPassage } from "./types";

// Nouns too general to be what an essay is about.
const GENERIC = new Set(
  "thing way time part case fact kind sort number people man men world year day place point one lot side end mean means matter question other less more hand idea view account deal".split(
    " ",
  ),
);

type Term = { key: string; text: string };
/** How often an essay must come back to a topic for it to be what the essay discusses: a plain noun three times. */
const least = (t: Term) => (t.key.includes(" ") || /^[A-Z]/.test(t.text) ? 2 : 3);
type Topic = Term & { count: number; passages: DraftPassage[] };

/** A sentence's topics: its named people, places and organisations, its noun phrases and its plain nouns. */
const termsOf = memoByText((sentence: string): Term[] => {
  const out: Term[] = [];
  for (const m of findMentions(sentence))
    if (m.kind === "person" || m.kind === "place" || m.kind === "organization")
      out.push({ key: entityKey(m.text), text: m.text });
  for (const s of nounPhrases(sentence))
    if (meaningfulPhrase(s)) out.push({ key: entityKey(s.text), text: s.text.toLowerCase() });
  const terms = (parse(sentence).json() as { terms: { text: string; normal: string; tags: string[] }[] }[]).flatMap(
    (s) => s.terms,
  );
  for (const t of terms) {
    const noun =
      t.tags.includes("Noun") &&
      !["Pronoun", "ProperNoun", "Value", "Date", "Adjective", "Comparable", "Adverb", "Verb", "Determiner"].some((x) =>
        t.tags.includes(x),
      );
    // One key for "opinion" and "opinions"; the text shown is the form met first.
    const key = t.normal.replace(/([^s])s$/, "$1");
    if (noun && key.length > 3 && /^[a-z-]+$/.test(key) && !GENERIC.has(key)) out.push({ key, text: t.normal });
  }
  return out.filter((t) => t.key.length > 2);
});

/** Topics of an essay by key: how many sentences mention each, and which. */
function topicsOf(essay: DraftEssay): Map<string, Topic> {
  const out = new Map<string, Topic>();
  for (const p of essay.passages.filter((x) => x.sentence > 0)) {
    const seen = new Set<string>();
    for (const t of termsOf(p.text)) {
      if (seen.has(t.key)) continue;
      seen.add(t.key);
      const topic = out.get(t.key) ?? { ...t, count: 0, passages: [] };
      topic.count++;
      topic.passages.push(p);
      out.set(t.key, topic);
    }
  }
  return out;
}
const topics = new WeakMap<DraftEssay, Map<string, Topic>>();
const topicsFor = (e: DraftEssay) => topics.get(e) ?? topics.set(e, topicsOf(e)).get(e)!;

/** Does `text` name `term` (as a whole word or phrase, singular or plural, not a part of a longer word)? */
export function discusses(text: string, term: string): boolean {
  const t = ` ${entityKey(text)} `;
  const k = entityKey(term);
  const singular = k.replace(/([^s])s$/, "$1");
  return [k, singular, `${singular}s`].some((x) => t.includes(` ${x} `));
}
const mentions = (essay: DraftEssay, key: string) => discusses(essay.body, key);

/**
 * The comparison draft that starts from sentence `p` of the essay: its heaviest topic that the first peer also
 * discusses (each comes back to it: see `least`), against topics only one of the two discusses. None without a peer.
 */
export function comparisonDraft(ctx: DraftContext, p: DraftPassage): Draft | null {
  const peer = ctx.essays[1];
  if (!peer) return null;
  const mine = topicsFor(ctx.essay);
  const theirs = topicsFor(peer);
  // A topic named in a title would give itself away.
  const titles = `${ctx.essay.title} ${peer.title}`;
  const shared = termsOf(p.text)
    .filter((t) => !discusses(titles, t.text))
    .map((t) => ({ a: mine.get(t.key), b: theirs.get(t.key) }))
    .filter((x): x is { a: Topic; b: Topic } => !!x.a && !!x.b && x.a.count >= least(x.a) && x.b.count >= least(x.b))
    .sort((x, y) => Math.min(y.a.count, y.b.count) - Math.min(x.a.count, x.b.count) || x.a.key.localeCompare(y.a.key));
  const pick = shared[0];
  if (!pick) return null;
  const key = pick.a;
  // Only in one essay: discussed at least twice there, never in the other, and no part of the key or of each other.
  const onlyIn = (from: Map<string, Topic>, other: DraftEssay) =>
    [...from.values()]
      .filter(
        (t) => t.count >= least(t) && !mentions(other, t.key) && !t.key.includes(key.key) && !key.key.includes(t.key),
      )
      .sort((x, y) => y.count - x.count || x.key.localeCompare(y.key))
      .slice(0, 8);
  const seed = hashSeed(`${ctx.essay.slug}#compare#${anchorOf(p)}`);
  const pool = [
    ...seededShuffle(onlyIn(mine, peer), seed).slice(0, 2),
    ...seededShuffle(onlyIn(theirs, ctx.essay), seed).slice(0, 2),
  ];
  const distractors: Topic[] = [];
  for (const t of pool)
    if (distractors.length < 3 && !distractors.some((d) => d.key.includes(t.key) || t.key.includes(d.key)))
      distractors.push(t);
  if (distractors.length < 2) return null;
  const texts = [key.text, ...distractors.map((d) => d.text)];
  if (new Set(texts.map((t) => t.toLowerCase())).size !== texts.length) return null;
  const there = pick.b.passages.find((x) => discusses(x.text, key.text)) ?? pick.b.passages[0]!;
  const choices = choiceIds(`${ctx.essay.slug}#compare#${anchorOf(p)}`, seededShuffle(texts, seed));
  return {
    kind: "comparison",
    type: "SINGLE_CHOICE",
    prompt: `Which of these do both “${ctx.essay.title}” and “${peer.title}” discuss?`,
    content: { choices },
    answerKey: { correct: choices.find((c) => c.text === key.text)!.id },
    explanation: `Both come back to ${key.text}: “${p.text}” and “${there.text}” Each other choice comes up in only one of them.`,
    points: 1,
    rubric: null,
    passageIds: [p.id, there.id],
    rationale: `Rule “compare two essays”: “${key.text}” comes up in this essay (${anchorOf(p)}, ${key.count} sentences) and in “${peer.title}” (${anchorOf(there)}, ${pick.b.count} sentences); each other choice comes up in only one of the two.`,
  };
}
