// Drafts that blank a word or phrase out of one sentence: a cloze (type the missing words) and a
// single-choice question on a named thing (pick it from others of the same kind in the library).
import { seededShuffle } from "@/lib/questions/public-question";
import { distractorsFor, type EntityPool } from "./entity-pool";
import { entityKey, findMentions, nounPhrases, type EntityKind, type Mention, type Span } from "./entities";
import { choiceIds } from "./opaque-id";
import { contentWords, hashSeed } from "./salience";
import { anchorOf, type Draft, type DraftContext, type DraftPassage } from "./types";

const KIND_NOUN: Record<EntityKind, string> = {
  person: "person",
  place: "place",
  organization: "organisation",
  year: "year",
  number: "number",
};
// Rarer kinds make sharper questions: a year or a count is one fact, a place is often one of many.
const KIND_ORDER: EntityKind[] = ["year", "number", "person", "organization", "place"];

const occurrences = (text: string, part: string) => text.toLowerCase().split(part.toLowerCase()).length - 1;
const quoted = (before: string, after: string) => `“${before}____${after}”`;

/** A blank needs words around it; and a span that occurs twice would leave the answer in plain sight. */
const blankable = (p: DraftPassage, s: Span) => {
  const around = `${p.text.slice(0, s.start)} ${p.text.slice(s.end)}`.replace(/[\s.!?]/g, "");
  return around !== "" && occurrences(p.text, s.text) === 1;
};

// Words that make a blank a fragment, not a term: "same Object evinces", "other means", "many lesser interests".
const WEAK_HEADS = new Set(
  "same other such own many much more most few several various certain whole mere very first last next new old great small little good each one any all some no greater less lesser different particular concerning regarding including according".split(
    " ",
  ),
);
const EMPTY_NOUNS = new Set("thing things way ways one ones sort kind matter lot part deal fact".split(" "));
/** A blank worth asking for: a term, a name or a number, not a fragment or a function word. */
export const meaningfulPhrase = (s: Span) => {
  const words = s.text.split(/\s+/);
  if (WEAK_HEADS.has(words[0]!.toLowerCase())) return false;
  // A phrase headed by a noun that names nothing ("rare thing", "other way") is no term.
  if (EMPTY_NOUNS.has(words.at(-1)!.toLowerCase())) return false;
  // A capital in the middle of a lower-case phrase is an old-style emphasised noun beside a tagging slip.
  if (/^[a-z]/.test(words[0]!) && words.slice(1).some((w) => /^[A-Z]/.test(w))) return false;
  return contentWords(s.text).length >= 1;
};

/**
 * A person named alone at the start of a sentence is as likely a personified noun ("Prudence, indeed, will
 * dictate…") as a person: only a name of two words, or one met mid-sentence with a capital, counts.
 */
const trustworthy = (m: Mention) =>
  (m.kind !== "person" || m.text.includes(" ") || m.start > 0) && (m.kind !== "number" || /\d/.test(m.text));

/**
 * Cloze: blank the noun phrase that carries the most of the essay's recurring words (a named thing when
 * the sentence has no such phrase), then the next heaviest ones, best first: the caller takes the first that asks
 * for a term no other draft on the paragraph asks for. The accepted answer is the passage's own text.
 */
export function clozeDrafts(ctx: DraftContext, p: DraftPassage, freq: Map<string, number>): Draft[] {
  const weight = (s: Span) => contentWords(s.text).reduce((sum, w) => sum + (freq.get(w) ?? 0), 0);
  const phrases = nounPhrases(p.text).filter((s) => blankable(p, s) && weight(s) > 0 && meaningfulPhrase(s));
  const named = findMentions(p.text).filter((m) => blankable(p, m) && m.kind !== "number" && trustworthy(m));
  const targets = [...phrases].sort((a, b) => weight(b) - weight(a) || a.start - b.start).slice(0, 3);
  if (targets.length === 0 && named[0]) targets.push(named[0]);
  return targets.map((target) => clozeOn(ctx, p, target));
}

function clozeOn(ctx: DraftContext, p: DraftPassage, target: Span): Draft {
  const before = p.text.slice(0, target.start);
  const after = p.text.slice(target.end);
  return {
    kind: "cloze",
    type: "CLOZE",
    prompt: `Fill in the missing words from paragraph ${p.paragraph} of “${ctx.essay.title}”.`,
    content: { before, after },
    answerKey: { accepted: [target.text], caseSensitive: false },
    explanation: `The passage reads: “${p.text}”`,
    points: 1,
    rubric: null,
    passageIds: [p.id],
    rationale: `Rule “key term”: blanked “${target.text}”, a phrase built from words the essay keeps returning to, in a key sentence (${anchorOf(p)}).`,
  };
}

/**
 * Single choice on a named thing: the answer and two or three distractors of the same kind, from the essay itself
 * first and then from its peers (never from an unrelated essay). `pools` is [the essay's own, its peers'].
 */
export function entityDraft(ctx: DraftContext, p: DraftPassage, pools: EntityPool[]): Draft | null {
  const mentions = findMentions(p.text).filter((m) => blankable(p, m) && trustworthy(m));
  const seed = hashSeed(`${ctx.essay.slug}#${anchorOf(p)}`);
  for (const kind of KIND_ORDER) {
    for (const m of mentions.filter((x) => x.kind === kind)) {
      const paragraph = ctx.essay.passages.find((x) => x.paragraph === p.paragraph && x.sentence === 0)?.text ?? p.text;
      // Number words mid-sentence read lower-case ("already ____ of"), whatever case they had where found.
      const picked: string[] = [];
      for (const pool of pools) {
        for (const d of distractorsFor(pool, kind, m.text, paragraph, 6, seed, m.sub)) {
          const k = entityKey(d);
          // Counts in figures are asked with figures: "one of two" or "hundred" beside "280" is no question.
          if (kind === "number" && !/^[\d.,]+$/.test(d)) continue;
          if (picked.length < 3 && !picked.some((x) => entityKey(x).includes(k) || k.includes(entityKey(x))))
            picked.push(d);
        }
      }
      const distractors = picked.map((d) => (kind === "number" && m.start > 0 ? d.toLowerCase() : d));
      if (distractors.length < 2) continue;
      const texts = [m.text, ...distractors];
      if (new Set(texts.map(entityKey)).size !== texts.length) continue;
      const choices = choiceIds(`${ctx.essay.slug}#${anchorOf(p)}`, seededShuffle(texts, seed));
      const correct = choices.find((c) => c.text === m.text)!.id;
      const before = p.text.slice(0, m.start);
      const after = p.text.slice(m.end);
      return {
        kind: "entity",
        type: "SINGLE_CHOICE",
        prompt: `Which ${KIND_NOUN[kind]} completes this sentence from “${ctx.essay.title}”? ${quoted(before, after)}`,
        content: { choices },
        answerKey: { correct },
        explanation: `Paragraph ${p.paragraph} reads: “${p.text}”`,
        points: 1,
        rubric: null,
        passageIds: [p.id],
        rationale: `Rule “named fact”: the ${KIND_NOUN[kind]} “${m.text}” in ${anchorOf(p)}; the other choices are ${KIND_NOUN[kind]}s named elsewhere in this essay${ctx.essays.length > 1 ? " or the essays paired with it" : ""}.`,
      };
    }
  }
  return null;
}
