// The author's stance: a sentence in which the author takes a position ("Justice ought to hold the balance", "I
// think Jerry was right"), asked as "which of these does the author argue?" against the same sentence turned into
// its opposite and the opposites of the author's other positions in the essay.
import { seededShuffle } from "@/lib/questions/public-question";
import { memoByText } from "./memo";
import { choiceIds } from "./opaque-id";
import { hashSeed, leansOnContext } from "./salience";
import { anchorOf, type Draft, type DraftContext, type DraftEssay, type DraftPassage } from "./types";

/**
 * Markers of a position the author takes, each with the words that state its opposite. Obligation and necessity
 * ("must", "ought to"), the author's own belief ("I think") and a verdict ("it is clear"); not "will" or "may",
 * which as often tell a plan or a possibility as a position.
 */
const MARKERS: { re: RegExp; negate: (m: string) => string }[] = [
  { re: /\b(must|should)\b(?! not\b)/gi, negate: (m) => `${m} not` },
  { re: /\bought to\b/gi, negate: (m) => m.replace(/to$/i, "not to") },
  { re: /\bcannot\b/gi, negate: (m) => m.replace(/not$/i, "") },
  {
    re: /\bI (think|believe|hold|suppose|assert|maintain)\b/g,
    negate: (m) => `I do not ${m.slice(2)}`,
  },
  { re: /\bI am (persuaded|convinced|sure|certain)\b/g, negate: (m) => m.replace(/ am /, " am not ") },
  {
    re: /\b(it|It) is (clear|evident|plain|certain|true|necessary|impossible|right|wrong|vain|idle|folly)\b/g,
    negate: (m) => m.replace(/ is /, " is not "),
  },
];
const SUBORDINATE = /\b(which|who|whom|whose|where|when|whenever|if|unless|though|although|whether|as)\b/i;
const NEGATION = /\b(not|no|never|nothing|none|n['’]t)\b/i;

export type Stance = { text: string; opposite: string; marker: string };

/**
 * The position a sentence states and its opposite, when it has exactly one marker (two would leave the opposite
 * half-turned) not already negated, is a statement (not a question) of 6 to 40 words, and stands alone or speaks
 * in the author's own voice ("I", "We").
 */
export const stanceOf = memoByText((text: string): Stance | null => {
  const words = text.split(/\s+/).length;
  if (words < 6 || words > 40 || /\?\s*["”’)]*$/.test(text)) return null;
  if (leansOnContext(text) && !/^(I|We)\b/.test(text)) return null;
  const found = MARKERS.flatMap((m) => [...text.matchAll(m.re)].map((x) => ({ x, m })));
  if (found.length !== 1) return null;
  const { x, m } = found[0]!;
  const at = x.index!;
  const end = at + x[0].length;
  // "must not", "should never", "cannot but": already negative, or a double negative once turned.
  if (NEGATION.test(text.slice(end, end + 12)) || /cannot but\b/i.test(text)) return null;
  // The position must be the sentence's own, not a relative or conditional clause's ("the efficacy which it must
  // derive", "if we must"), and not a closing aside ("…, I think.").
  if (
    SUBORDINATE.test(
      text
        .slice(0, at)
        .split(/[,;:—]/)
        .pop()!,
    )
  )
    return null;
  if (text.slice(end).split(/\s+/).filter(Boolean).length < 3) return null;
  const opposite = `${text.slice(0, at)}${m.negate(x[0])}${text.slice(end)}`.replace(/\s{2,}/g, " ");
  return opposite === text ? null : { text, opposite, marker: x[0].trim() };
});

/** Every stance sentence of an essay, in reading order. */
export function stancesOf(essay: DraftEssay): (Stance & { passage: DraftPassage })[] {
  return essay.passages.flatMap((p) => {
    const s = p.sentence > 0 ? stanceOf(p.text) : null;
    return s ? [{ ...s, passage: p }] : [];
  });
}

/**
 * Which of these does the author argue? The key is the sentence as written; the distractors are its opposite and
 * the opposite of one of the author's positions in another paragraph, so every choice
 * sounds like the essay and exactly one is what it says.
 */
export function stanceDraft(ctx: DraftContext, p: DraftPassage): Draft | null {
  const own = stanceOf(p.text);
  if (!own) return null;
  const seed = hashSeed(`${ctx.essay.slug}#stance#${anchorOf(p)}`);
  // Only this essay's positions: another essay's would be told apart by its subject alone.
  const others = seededShuffle(
    stancesOf(ctx.essay).filter((s) => s.passage.paragraph !== p.paragraph),
    seed,
  ).map((s) => s.opposite);
  if (others.length === 0) return null;
  const texts = [own.text, own.opposite, others[0]!];
  if (new Set(texts.map((t) => t.toLowerCase())).size !== texts.length) return null;
  const choices = choiceIds(`${ctx.essay.slug}#stance#${anchorOf(p)}`, seededShuffle(texts, seed));
  return {
    kind: "stance",
    type: "SINGLE_CHOICE",
    prompt: `Which of these does the author of “${ctx.essay.title}” argue in paragraph ${p.paragraph}?`,
    content: { choices },
    answerKey: { correct: choices.find((c) => c.text === own.text)!.id },
    explanation: `Paragraph ${p.paragraph} says: “${p.text}” The other choices turn the author’s positions into their opposites.`,
    points: 1,
    rubric: null,
    passageIds: [p.id],
    rationale: `Rule “author’s stance”: ${anchorOf(p)} states a position (“${own.marker}”); the other choices are that position turned into its opposite and the opposites of the author’s positions elsewhere.`,
  };
}
