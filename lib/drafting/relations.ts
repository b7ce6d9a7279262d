// The relations a sentence states, for evidence claims: what its main clause's subject does to its object ("The
// latent causes of faction are sown in the nature of man"), and two clauses a causal or contrast connective links
// ("…, because …", "…, but …"). A claim names one relation in a fixed wording (claimFor), and the rubric reads the
// wording back (claimRelation) and checks the sentence it cites: its two terms must sit on the two sides of a relation
// the sentence states, not merely near each other.
import { causalLinkOf } from "./cause-drafts";
import { memoByText } from "./memo";
import { parse } from "./parse";

type Term = { text: string; tags: string[]; post: string; offset: { start: number } };

export type Relation =
  | { kind: "action"; subject: string; verb: string; object: string; plural: boolean; articles: [string, string] }
  | { kind: "cause"; cause: string; effect: string }
  | { kind: "contrast"; first: string; second: string };

const is = (t: Term | undefined, ...tags: string[]) => !!t && tags.some((x) => t.tags.includes(x));
const punct = (t: Term) => /[^\s]/.test(t.post);
const DETERMINER = /^(the|a|an|every|each)$/i;
// Words that are no term: "none deserves", "the result of all", "such is".
const NOT_A_SUBJECT = /^(none|nothing|one|each|all|some|any|many|few|most|same|other|such|much|more|less)$/i;
const nominal = (t: Term | undefined) =>
  is(t, "Noun", "Adjective") &&
  !is(t, "Pronoun", "Verb", "Adverb", "Preposition", "Conjunction", "Determiner", "Value", "Possessive") &&
  !NOT_A_SUBJECT.test(t!.text);
const noun = (t: Term | undefined) => is(t, "Noun") && !is(t, "Adjective");
const SUBORDINATOR = /^(if|when|whenever|as|since|while|although|though|unless|because|where|after|before|once)$/i;
const PREPOSITION = /^(in|to|from|by|with|on|upon|into|for|against|of|over|among|between|through)$/i;

type Group = { start: number; end: number; next: number; head: Term; stopped: boolean; det: string };

/** "[the] (adjective|noun)+ [of [the] (adjective|noun)+]" from term `i`, ending in a noun, never across punctuation. */
function nounGroup(ts: Term[], i: number): Group | null {
  let j = i;
  let det = "";
  if (ts[j] && DETERMINER.test(ts[j]!.text)) {
    if (punct(ts[j]!)) return null;
    det = ts[j]!.text.toLowerCase();
    j++;
  }
  const start = j;
  const run = (): { last: number; stopped: boolean } | null => {
    const from = j;
    while (nominal(ts[j])) {
      // Half of a hyphenated word ("north-west Ireland") is no term.
      if (/^-/.test(ts[j]!.post.trim())) return null;
      j++;
      if (punct(ts[j - 1]!)) return noun(ts[j - 1]) ? { last: j - 1, stopped: true } : null;
    }
    return j > from && noun(ts[j - 1]) ? { last: j - 1, stopped: false } : null;
  };
  let r = run();
  if (!r) return null;
  const head = ts[r.last]!;
  if (!r.stopped && ts[j]?.text.toLowerCase() === "of" && !punct(ts[j]!)) {
    const back = j;
    j++;
    if (ts[j] && DETERMINER.test(ts[j]!.text) && !punct(ts[j]!)) j++;
    const more = run();
    if (more) r = more;
    else j = back;
  }
  if (r.last - start >= 7) return null;
  const last = ts[r.last]!;
  const end = last.offset.start + last.text.length;
  return { start: ts[start]!.offset.start, end, next: r.last + 1, head, stopped: r.stopped, det };
}

/** The main clause's subject, verb and object, when the clause reads plainly so. */
function actionOf(text: string, ts: Term[]): Relation | null {
  let i = 0;
  // A condition or concession ("If …, relief is supplied …") is part of what the clause claims: not to be dropped.
  if (SUBORDINATOR.test(ts[0]?.text ?? "") || is(ts[0], "Conjunction")) return null;
  // An opening phrase up to the first comma is set aside ("Among the numerous advantages …, none …"; "Hence, …").
  if (is(ts[0], "Preposition") || (is(ts[0], "Adverb") && /,/.test(ts[0]!.post))) {
    const comma = ts.findIndex((t) => /,/.test(t.post));
    if (comma < 0) return null;
    i = comma + 1;
  }
  const subject = nounGroup(ts, i);
  if (!subject || subject.stopped || NOT_A_SUBJECT.test(ts[i]!.text) || is(subject.head, "Person")) return null;
  const verb: Term[] = [];
  let k = subject.next;
  while (ts[k] && is(ts[k], "Verb", "Auxiliary", "Modal", "Copula", "Negative", "Adverb") && !is(ts[k], "Noun")) {
    if (punct(ts[k]!)) return null;
    verb.push(ts[k]!);
    k++;
  }
  const kept = verb.filter((t) => !is(t, "Adverb") || /^(not|never)$/i.test(t.text));
  if (!kept.some((t) => is(t, "Verb"))) return null;
  // "The valuable improvements made by …": a participle after the subject is a clause about it, not its verb.
  if (kept.length === 1 && is(kept[0], "PastTense", "Participle") && /^by$/i.test(ts[k]?.text ?? "")) return null;
  const copula = is(kept.at(-1), "Copula");
  let prep = "";
  if (ts[k] && PREPOSITION.test(ts[k]!.text) && !punct(ts[k]!)) {
    if (copula) return null;
    prep = ts[k]!.text.toLowerCase();
    k++;
  }
  const object = nounGroup(ts, k);
  if (!object) return null;
  // What follows the object must not make it the subject of a clause of its own ("says men are …").
  const after = ts[object.next];
  if (!object.stopped && after && (is(after, "Verb") || /^what$/i.test(after.text))) return null;
  // An object cut short before its "of" ("enunciate the result" of all the experiments) says nothing.
  if (!object.stopped && /^of$/i.test(after?.text ?? "")) return null;
  const own = text.slice(subject.start, subject.end);
  return {
    kind: "action",
    // The sentence's capital goes ("Liberty" → "liberty"), a name's stays ("Congress").
    subject: is(ts[subject.det ? i + 1 : i], "ProperNoun")
      ? own
      : own.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase()),
    verb: [...kept.map((t) => t.text.toLowerCase()), ...(prep ? [prep] : [])].join(" "),
    object: text.slice(object.start, object.end),
    plural: is(subject.head, "Plural"),
    articles: [subject.det, object.det],
  };
}

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
const tidy = (t: string) => t.replace(/^[\s,;:—–]+|[\s,.;:!?"“”’—–]+$/gu, "").trim();

/** Two clauses one contrast connective links: "…, but …", "…; yet …", "…, whereas …", "Although …, …". */
function contrastOf(text: string): Relation | null {
  const marks = [...text.matchAll(/[,;]\s+(but|yet|whereas)\s+/gi)];
  let first: string;
  let second: string;
  const opening = /^(?:Although|Though|Whereas)\s+(.+?),\s+(.+)$/.exec(text);
  if (opening && marks.length === 0) [first, second] = [opening[1]!, opening[2]!];
  else if (marks.length === 1) {
    const m = marks[0]!;
    [first, second] = [text.slice(0, m.index), text.slice(m.index! + m[0].length)];
  } else return null;
  // The clauses either side of the connective: what it sets against each other ("…, not according to the rules of
  // justice …, but by the superior force …" contrasts the rules of justice with the superior force).
  const before = first.split(/[,;:—]/).map(tidy);
  while (before.length > 1 && words(before.at(-1)!) < 3) before.pop();
  [first, second] = [before.at(-1)!, tidy(second.split(/[,;:—]/)[0]!)];
  return words(first) >= 3 && words(second) >= 3 ? { kind: "contrast", first, second } : null;
}

/** Every relation a sentence states: its main clause's action, a causal link and a contrast, those it has. */
export const relationsOf = memoByText((text: string): Relation[] => {
  const ts = (parse(text).json({ offset: true }) as { terms: Term[] }[]).flatMap((s) => s.terms);
  const link = causalLinkOf(text);
  return [
    actionOf(text, ts),
    link ? ({ kind: "cause", cause: link.cause, effect: link.effect } as const) : null,
    contrastOf(text),
  ].filter((r): r is Relation => r !== null);
});

const ACTION = /^The essay says of (.+?) that (?:it|they) (.+)\.$/;
const CAUSE = /^The essay explains something about (.+) by pointing to (.+)\.$/;
const CONTRAST = /^The essay contrasts what it says about (.+) with what it says about (.+)\.$/;

/** The claim stating one relation: for an action the relation itself, for a link the two terms chosen from its sides. */
export function claimFor(
  r: Relation,
  a?: string,
  b?: string,
  articles: readonly [boolean, boolean] = [true, true],
): string {
  const the = (det: string, keep: boolean) => (keep && det ? `${det} ` : "");
  switch (r.kind) {
    case "action":
      return `The essay says of ${the(r.articles[0], articles[0])}${r.subject} that ${r.plural ? "they" : "it"} ${r.verb} ${the(r.articles[1], articles[1])}${r.object}.`;
    case "cause":
      return `The essay explains something about ${a} by pointing to ${b}.`;
    case "contrast":
      return `The essay contrasts what it says about ${a} with what it says about ${b}.`;
  }
}

/** A claim read back: the kind of relation it states and its two terms (for a cause: the effect's, then the cause's). */
export function claimRelation(claim: string): { kind: Relation["kind"]; a: string; b: string } | null {
  for (const [kind, re] of [
    ["action", ACTION],
    ["cause", CAUSE],
    ["contrast", CONTRAST],
  ] as const) {
    const m = re.exec(claim);
    if (m) return { kind, a: m[1]!, b: m[2]! };
  }
  return null;
}

const wordList = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** Are the words of `part` found in `whole`, in order (words may be left out between them)? */
function inOrder(part: string, whole: string): boolean {
  const w = wordList(whole);
  let at = 0;
  for (const x of wordList(part)) {
    while (at < w.length && w[at] !== x) at++;
    if (at++ >= w.length) return false;
  }
  return wordList(part).length > 0;
}

/**
 * Does `sentence` state the relation `claim` names: the claim's first term on one side of a relation of that kind
 * and its second on the other (subject / what it does to its object; effect / cause; first clause / second)?
 */
export function statesRelation(claim: string, sentence: string): boolean {
  const c = claimRelation(claim);
  if (!c) return false;
  return relationsOf(sentence).some((r) => {
    if (r.kind !== c.kind) return false;
    if (r.kind === "action")
      return inOrder(c.a, `${r.articles[0]} ${r.subject}`) && inOrder(c.b, `${r.verb} ${r.articles[1]} ${r.object}`);
    if (r.kind === "cause") return inOrder(c.a, r.effect) && inOrder(c.b, r.cause);
    return inOrder(c.a, r.first) && inOrder(c.b, r.second);
  });
}
