// Drafts that blank a word or phrase out of one sentence: a cloze (type the missing words) and a
// single-choice question on a named thing (pick it from others of the same kind in the library).
import { seededShuffle } from "@/lib/questions/public-question";
import { distractorsFor, type EntityPool } from "./entity-pool";
import { entityKey, findMentions, nounPhrases, type EntityKind, type Span } from "./entities";
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

/**
 * Cloze: blank the noun phrase that carries the most of the essay's recurring words (a named thing when
 * the sentence has no such phrase). The accepted answer is the passage's own text.
 */
export function clozeDraft(ctx: DraftContext, p: DraftPassage, freq: Map<string, number>): Draft | null {
  const weight = (s: Span) => contentWords(s.text).reduce((sum, w) => sum + (freq.get(w) ?? 0), 0);
  const phrases = nounPhrases(p.text).filter((s) => blankable(p, s) && weight(s) > 0);
  const named = findMentions(p.text).filter((m) => blankable(p, m) && m.kind !== "number");
  const target = [...phrases].sort((a, b) => weight(b) - weight(a) || a.start - b.start)[0] ?? named[0];
  if (!target) return null;
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
    rationale: `Blanked “${target.text}”, a phrase built from words the essay keeps returning to, in a key sentence (${anchorOf(p)}).`,
  };
}

/** Single choice on a named thing: the answer and up to three distractors of the same kind from the library. */
export function entityDraft(ctx: DraftContext, p: DraftPassage, pool: EntityPool): Draft | null {
  const mentions = findMentions(p.text).filter((m) => blankable(p, m));
  const seed = hashSeed(`${ctx.essay.slug}#${anchorOf(p)}`);
  for (const kind of KIND_ORDER) {
    for (const m of mentions.filter((x) => x.kind === kind)) {
      const paragraph = ctx.essay.passages.find((x) => x.paragraph === p.paragraph && x.sentence === 0)?.text ?? p.text;
      // Number words mid-sentence read lower-case ("already ____ of"), whatever case they had where found.
      const distractors = distractorsFor(pool, kind, m.text, paragraph, 3, seed, m.sub).map((d) =>
        kind === "number" && m.start > 0 ? d.toLowerCase() : d,
      );
      if (distractors.length === 0) continue;
      const texts = [m.text, ...distractors];
      if (new Set(texts.map(entityKey)).size !== texts.length) continue;
      const ids = ["a", "b", "c", "d"];
      const choices = seededShuffle(texts, seed).map((text, i) => ({ id: ids[i]!, text }));
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
        rationale: `The ${KIND_NOUN[kind]} “${m.text}” in ${anchorOf(p)}; the other choices are ${KIND_NOUN[kind]}s named in the library’s essays.`,
      };
    }
  }
  return null;
}
