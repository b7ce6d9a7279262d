// Cause and effect: a sentence that states why something happens ("…, because power hates a vacuum", "… due to
// international isolation", "… ; therefore …"), asked as "what does the essay give as the reason for this?"
// against the other causes and effects the essay (then its peers) states.
import { seededShuffle } from "@/lib/questions/public-question";
import { findMentions } from "./entities";
import { memoByText } from "./memo";
import { choiceIds } from "./opaque-id";
import { parse } from "./parse";
import { hashSeed } from "./salience";
import { onTopic } from "./topics";
import { anchorOf, type Draft, type DraftContext, type DraftEssay, type DraftPassage } from "./types";

export type CausalLink = { cause: string; effect: string; marker: string };

// Each pattern splits a sentence at one causal connective into the text before it, the connective and the text
// after it; `causeFirst` says which side holds the cause.
const PATTERNS: { re: RegExp; causeFirst: boolean }[] = [
  { re: /^()(because) (.+)$/i, causeFirst: true },
  { re: /^(.+?),? (because) (.+)$/, causeFirst: false },
  { re: /^(.+?),? (due to|owing to|as a result of|on account of|thanks to) (.+)$/, causeFirst: false },
  {
    re: /^(.+?) (results? from|resulted from|(?:is|are|was|were) caused by|springs? from|sprang from|arises? from|arose from|stems? from) (.+)$/,
    causeFirst: false,
  },
  {
    re: /^(.+?) (leads? to|led to|results? in|resulted in|gives? rise to|gave rise to|causes|caused) (.+)$/,
    causeFirst: true,
  },
  { re: /^(.+?)(?:;|, and|:) (therefore|hence|consequently|as a result,?) (.+)$/, causeFirst: true },
];
const CONNECTIVES =
  /\b(because|due to|owing to|as a result|on account of|thanks to|results? (?:from|in)|caused by|leads? to|led to|therefore|hence|consequently)\b/gi;

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
/**
 * The clause nearest the connective: what follows the last clause break before it, passing over a contrast the
 * writer sets aside ("fills the void—not out of charity, but because…" → "fills the void").
 */
const lastClause = (t: string) => {
  const clauses = t.split(/[;:—–]|\s-\s|,\s(?:but|and|yet|while)\s/).map(tidy);
  while (clauses.length > 1 && (/^not\b/i.test(clauses.at(-1)!) || words(clauses.at(-1)!) < 3)) clauses.pop();
  return clauses.at(-1)!;
};
/** The clause right after the connective: up to the next clause break or comma. */
const firstClause = (t: string) => t.split(/[;:,—–]|\s-\s/)[0]!.trim();
// Linking and hedging words at a clause's edges, which belong to the sentence, not to the cause or the effect.
const EDGE = "and|but|so|yet|thus|or|then|indeed|only|partly|largely|mainly|simply|just|especially|particularly|not";
// A leading "not" stays: it marks a contrast the writer sets aside (see lastClause).
const LEADING = new RegExp(`^(?:(?:${EDGE.replace("|not", "")})\\b[,\\s]*)+`, "i");
const TRAILING = new RegExp(`(?:[,\\s]+(?:${EDGE}))+$`, "i");
function tidy(t: string): string {
  return t
    .replace(LEADING, "")
    .replace(/[\s,.;:!?"“”’]+$/u, "")
    .replace(TRAILING, "")
    .trim();
}

/**
 * The cause and the effect a sentence states, each a clause of 2 to 25 words of the sentence's own text, when the
 * sentence has exactly one causal connective ("since" is left out: as often a time as a reason).
 */
export const causalLinkOf = memoByText((text: string): CausalLink | null => {
  const connectives = [...text.matchAll(CONNECTIVES)];
  if (connectives.length !== 1) return null;
  for (const { re, causeFirst } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const [before, marker, after] = [m[1]!, m[2]!, m[3]!];
    let cause: string;
    let effect: string;
    if (before === "") {
      // "Because X, Y": the cause runs to the first comma, the effect is the rest.
      const comma = after.indexOf(", ");
      if (comma < 0) continue;
      cause = tidy(after.slice(0, comma));
      effect = tidy(firstClause(after.slice(comma + 2)));
    } else if (causeFirst) {
      cause = tidy(lastClause(before));
      effect = tidy(firstClause(after));
    } else {
      effect = tidy(lastClause(before));
      cause = tidy(firstClause(after));
    }
    if ([cause, effect].some((c) => words(c) < 2 || words(c) > 25)) continue;
    return { cause: lowerFirst(cause), effect: lowerFirst(effect), marker: marker.toLowerCase().replace(/,$/, "") };
  }
  return null;
});

/** A clause as it reads mid-sentence: "The chalk…" → "the chalk…", but "Russia…" and "I…" keep their capital. */
function lowerFirst(clause: string): string {
  if (/^I\b/.test(clause)) return clause;
  const named = findMentions(clause).some((m) => m.start === 0);
  return named ? clause : clause.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
}

/** Every causal link an essay states, in reading order. */
export function causalLinksOf(essay: DraftEssay): (CausalLink & { passage: DraftPassage })[] {
  return essay.passages.flatMap((p) => {
    const l = p.sentence > 0 ? causalLinkOf(p.text) : null;
    return l ? [{ ...l, passage: p }] : [];
  });
}

/**
 * Is `part` of `sentence` a clause that states something happening (it has a verb of its own: "the fish market
 * moved inland"), not a bare noun phrase ("a communication and concert")? Read with the sentence's own tags.
 */
export function statesAnEvent(sentence: string, part: string): boolean {
  const at = sentence.toLowerCase().indexOf(part.toLowerCase());
  if (at < 0) return false;
  type Term = { tags: string[]; offset: { start: number } };
  const terms = (parse(sentence).json({ offset: true }) as { terms: Term[] }[]).flatMap((s) => s.terms);
  return terms.some(
    (t) =>
      t.offset.start >= at &&
      t.offset.start < at + part.length &&
      t.tags.includes("Verb") &&
      !["Gerund", "Noun", "Adjective"].some((x) => t.tags.includes(x)),
  );
}

const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ");

/**
 * What does the essay give as the reason for this effect? The key is the cause the sentence states; the
 * distractors are the causes (then the effects) of the essay's other causal sentences, then its peers' that are
 * on the essay's topics, none of them words of this sentence. None when the effect is no clause.
 */
export function causeDraft(ctx: DraftContext, p: DraftPassage): Draft | null {
  const link = causalLinkOf(p.text);
  // "What is the reason for this: a communication and concert?" asks about no event: only a clause is an effect.
  if (!link || !statesAnEvent(p.text, link.effect)) return null;
  const seed = hashSeed(`${ctx.essay.slug}#cause#${anchorOf(p)}`);
  const sentence = ` ${norm(p.text)} `;
  const candidates = ctx.essays.flatMap((e, i) => {
    const links = causalLinksOf(e).filter((l) => l.passage.id !== p.id);
    const all = [
      ...seededShuffle(links, seed).map((l) => l.cause),
      ...seededShuffle(links, seed + 1).map((l) => l.effect),
    ];
    // A peer's causes only when they are about what this essay discusses: off-topic ones are ruled out at a glance.
    return i === 0 ? all : all.filter((c) => onTopic(ctx.essay, c));
  });
  const picked: string[] = [];
  for (const c of candidates) {
    if (picked.length === 3) break;
    if (sentence.includes(` ${norm(c).trim()} `)) continue;
    if ([link.cause, link.effect, ...picked].some((x) => norm(x) === norm(c))) continue;
    picked.push(c);
  }
  if (picked.length < 2) return null;
  const texts = [link.cause, ...picked];
  const choices = choiceIds(`${ctx.essay.slug}#cause#${anchorOf(p)}`, seededShuffle(texts, seed));
  return {
    kind: "cause",
    type: "SINGLE_CHOICE",
    prompt: `In paragraph ${p.paragraph} of “${ctx.essay.title}”, what is given as the reason for this: “${link.effect}”?`,
    content: { choices },
    answerKey: { correct: choices.find((c) => c.text === link.cause)!.id },
    explanation: `Paragraph ${p.paragraph} says: “${p.text}”`,
    points: 1,
    rubric: null,
    passageIds: [p.id],
    rationale: `Rule “cause and effect”: ${anchorOf(p)} links an effect to its cause with “${link.marker}”; the other choices are causes and effects the essay states elsewhere.`,
  };
}
