// What a teacher keeps, as checks over drafts: each rule takes one draft (and the drafts beside it) and says
// whether it passes. scripts/eval-drafter.ts prints the pass counts per essay; rubric.test.ts holds the rate.
import { meaningfulPhrase } from "./blank-drafts";
import { buildEntityPool } from "./entity-pool";
import { entityKey, findMentions } from "./entities";
import { contentWords } from "./salience";
import { causalLinksOf, statesAnEvent } from "./cause-drafts";
import { discusses } from "./comparison-drafts";
import { statesRelation } from "./relations";
import { stancesOf } from "./stance-drafts";
import { namesTopicOf, nounKeys, onTopic } from "./topics";
import type { Draft, DraftEssay } from "./types";

export type RubricContext = { essay: DraftEssay; peers: DraftEssay[]; drafts: Draft[] };
type Rule = { id: string; label: string; check: (d: Draft, ctx: RubricContext, i: number) => boolean };

const choicesOf = (d: Draft) => (d.type === "SINGLE_CHOICE" ? d.content.choices : []);
/** The key as text, for the types whose key is a text: a cloze's words, a single choice's correct choice. */
const keyText = (d: Draft): string | null => {
  if (d.type === "CLOZE") return d.answerKey.accepted[0] ?? null;
  if (d.type === "SINGLE_CHOICE") return d.content.choices.find((c) => c.id === d.answerKey.correct)?.text ?? null;
  return null;
};
const passageOf = (ctx: RubricContext, id: string) =>
  [ctx.essay, ...ctx.peers].flatMap((e) => e.passages).find((p) => p.id === id);
const passageText = (ctx: RubricContext, id: string) => passageOf(ctx, id)?.text ?? "";
const has = (text: string, part: string) => ` ${entityKey(text)} `.includes(` ${entityKey(part)} `);
const wordsOf = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** The longest run of consecutive words `a` and `b` share. */
export function sharedRun(a: string, b: string): number {
  const x = wordsOf(a);
  const y = wordsOf(b);
  let best = 0;
  for (let i = 0; i < x.length; i++)
    for (let j = 0; j < y.length; j++) {
      let n = 0;
      while (x[i + n] !== undefined && x[i + n] === y[j + n]) n++;
      best = Math.max(best, n);
    }
  return best;
}
const jaccard = (a: string, b: string) => {
  const x = new Set(wordsOf(a));
  const y = new Set(wordsOf(b));
  const both = [...x].filter((w) => y.has(w)).length;
  return both / Math.max(1, new Set([...x, ...y]).size);
};
const signature = (d: Draft) => `${d.prompt} ${JSON.stringify(d.content)}`;

/** Do two drafts ask the same thing: the same kind with the same key or passage, or nearly the same words? */
export function nearDuplicate(o: Draft, d: Draft): boolean {
  if (o.kind === d.kind && keyText(o) !== null && keyText(o)?.toLowerCase() === keyText(d)?.toLowerCase()) return true;
  if (o.kind === d.kind && o.passageIds.join() === d.passageIds.join()) return true;
  return jaccard(signature(o), signature(d)) >= 0.8;
}

// Drafts whose key is a term of the passage: a blank, a named thing, a paragraph's topic, a shared topic.
const TERM_KINDS = new Set<Draft["kind"]>(["cloze", "entity", "main-idea", "comparison"]);
const paragraphsOf = (d: Draft, essay: DraftEssay) =>
  new Set(d.passageIds.map((id) => essay.passages.find((p) => p.id === id)?.paragraph).filter((n) => n !== undefined));

/**
 * Does `d` ask again for a term an earlier draft on the same paragraph already asks for (a cloze on "latent causes"
 * beside a main idea "causes")? Same noun, or one key inside the other ("1787", "Madison").
 */
export function repeatsKey(d: Draft, earlier: Draft[], essay: DraftEssay): boolean {
  const key = keyText(d);
  if (!TERM_KINDS.has(d.kind) || !key) return false;
  const here = paragraphsOf(d, essay);
  const nouns = nounKeys(key);
  return earlier.some((o) => {
    const other = keyText(o);
    if (o === d || !TERM_KINDS.has(o.kind) || !other || ![...paragraphsOf(o, essay)].some((n) => here.has(n)))
      return false;
    const [a, b] = [entityKey(key), entityKey(other)];
    return ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `) || [...nounKeys(other)].some((n) => nouns.has(n));
  });
}

/** The effect a cause draft's stem asks about. */
const effectOf = (d: Draft) => /reason for this: “(.+)”\?$/.exec(d.prompt)?.[1] ?? null;

export const RUBRIC: Rule[] = [
  {
    id: "same-kind-distractors",
    label: "distractors are of the key's kind and come from this essay or its peers",
    check: (d, ctx) => {
      if (d.type !== "SINGLE_CHOICE") return true;
      const key = keyText(d);
      const others = choicesOf(d).filter((c) => c.text !== key);
      const essays = [ctx.essay, ...ctx.peers];
      if (d.kind === "main-idea") return others.every((c) => has(ctx.essay.body, c.text));
      // A language model's stance or cause: its distractors are its own words, but never words of the cited sentence.
      if ((d.kind === "stance" || d.kind === "cause") && d.source) {
        const cited = passageText(ctx, d.passageIds[0]!);
        return others.length >= 2 && others.every((c) => !has(cited, c.text));
      }
      // The opposites of the author's positions in this essay or its peers.
      if (d.kind === "stance") {
        const opposites = new Set(essays.flatMap((e) => stancesOf(e).map((s) => s.opposite)));
        return others.length >= 1 && others.every((c) => opposites.has(c.text));
      }
      // Causes and effects stated in this essay or its peers, none of them words of the cited sentence.
      if (d.kind === "cause") {
        const clauses = new Set(essays.flatMap((e) => causalLinksOf(e).flatMap((l) => [l.cause, l.effect])));
        const cited = passageText(ctx, d.passageIds[0]!);
        return others.length >= 2 && others.every((c) => clauses.has(c.text) && !has(cited, c.text));
      }
      // Topics of exactly one of the two essays compared.
      if (d.kind === "comparison") {
        const [a, b] = essays;
        return (
          !!b && others.length >= 2 && others.every((c) => discusses(a!.body, c.text) !== discusses(b.body, c.text))
        );
      }
      const pool = buildEntityPool([ctx.essay, ...ctx.peers]);
      const kindOfKey = findMentions(passageText(ctx, d.passageIds[0]!)).find((m) => m.text === key)?.kind;
      if (!kindOfKey) return false;
      const known = new Set((pool.get(kindOfKey) ?? []).map((e) => e.key));
      return others.length >= 2 && others.every((c) => known.has(entityKey(c.text)));
    },
  },
  {
    id: "meaningful-blank",
    label: "a blank is a term, name or number, never a function word or a fragment",
    check: (d) => {
      if (d.type !== "CLOZE" && d.kind !== "entity") return true;
      const key = keyText(d) ?? "";
      if (/^\d/.test(key) || /^[A-Z]/.test(key)) return key.length > 1;
      return meaningfulPhrase({ text: key, start: 0, end: key.length }) && contentWords(key).length >= 1;
    },
  },
  {
    id: "attribution-among-peers",
    label: "which-essay-says-this offers only the essay and the essays paired with it",
    check: (d, ctx) => {
      if (d.type !== "ATTRIBUTION") return true;
      const allowed = new Set([ctx.essay.slug, ...ctx.peers.map((e) => e.slug)]);
      const offered = d.content.essays;
      return offered.length >= 2 && offered.every((e) => allowed.has(e.slug));
    },
  },
  {
    id: "claim-not-a-copy",
    label: "an evidence claim is not a copy of the correct passage (no run of 5 of its words)",
    check: (d, ctx) => d.type !== "EVIDENCE" || sharedRun(d.content.claim, passageText(ctx, d.passageIds[0]!)) < 5,
  },
  {
    id: "no-giveaway",
    label: "the stem does not state the key",
    check: (d) => {
      const key = keyText(d);
      if (!key) return true;
      const stem = `${d.prompt} ${d.type === "CLOZE" ? `${d.content.before} ${d.content.after}` : ""}`;
      return !` ${entityKey(stem)} `.includes(` ${entityKey(key)} `);
    },
  },
  {
    id: "key-cited",
    label: "every cited passage exists and the key is in the cited text",
    check: (d, ctx) => {
      const cited = d.passageIds.map((id) => passageOf(ctx, id));
      if (cited.length === 0 || cited.some((p) => !p)) return false;
      const texts = cited.map((p) => p!.text);
      switch (d.type) {
        case "CLOZE":
          return texts.some((t) => t === `${d.content.before}${d.answerKey.accepted[0]}${d.content.after}`);
        case "SINGLE_CHOICE": {
          const key = keyText(d);
          // A comparison's topic is in the sentence it cites from each essay; any other key is in its passage.
          return (
            !!key && (d.kind === "comparison" ? texts.every((t) => discusses(t, key)) : texts.some((t) => has(t, key)))
          );
        }
        case "EVIDENCE":
          return d.answerKey.correct.every((id) => d.passageIds.includes(id) && d.content.options.includes(id));
        case "ATTRIBUTION":
          return texts.includes(d.content.statement) && d.answerKey.correct === ctx.essay.slug;
        default:
          return true;
      }
    },
  },
  {
    id: "no-near-duplicate",
    label: "no earlier draft asks the same thing",
    check: (d, ctx, i) => ctx.drafts.slice(0, i).every((o) => !nearDuplicate(o, d)),
  },
  {
    id: "explained",
    label: "the draft names its rule and the passage it comes from",
    check: (d) => /^Rule “[^”]+”/.test(d.rationale) && /\bp\d+(-s\d+)?\b|paragraph \d+/.test(d.rationale),
  },
  {
    id: "opaque-ids",
    label: "choice ids are opaque (8 hex digits), not positions or letters",
    check: (d) => choicesOf(d).every((c) => /^[0-9a-f]{8}$/.test(c.id)),
  },
  {
    id: "claim-states-a-relation",
    label:
      "an evidence claim states a relation its passage makes (subject and object of the main clause, or two clauses a causal or contrast connective links), not two neighbouring terms",
    check: (d, ctx) => d.type !== "EVIDENCE" || statesRelation(d.content.claim, passageText(ctx, d.passageIds[0]!)),
  },
  {
    id: "main-idea-distinctive",
    label:
      "a main idea's key is one of the paragraph's most distinctive nouns (tf-idf), its distractors other paragraphs' topics",
    check: (d, ctx) => {
      if (d.kind !== "main-idea") return true;
      const paragraph = passageOf(ctx, d.passageIds[0]!)?.paragraph;
      const key = keyText(d);
      if (paragraph === undefined || !key || !namesTopicOf(ctx.essay, paragraph, key)) return false;
      // A language model's distractors are its own words; a rule draft's are what other paragraphs are about.
      if (d.source) return true;
      const others = new Set(ctx.essay.passages.map((p) => p.paragraph).filter((n) => n !== paragraph));
      return choicesOf(d)
        .filter((c) => c.text !== key)
        .every((c) => [...others].some((n) => namesTopicOf(ctx.essay, n, c.text)));
    },
  },
  {
    id: "no-repeated-key",
    label: "no draft asks again for a term an earlier draft on the same paragraph asks for",
    check: (d, ctx, i) => !repeatsKey(d, ctx.drafts.slice(0, i), ctx.essay),
  },
  {
    id: "cause-clause-on-topic",
    label: "a cause draft asks about an effect stated as a clause, not a bare noun phrase, with on-topic distractors",
    check: (d, ctx) => {
      if (d.kind !== "cause" || d.source) return true;
      const effect = effectOf(d);
      if (!effect || !statesAnEvent(passageText(ctx, d.passageIds[0]!), effect)) return false;
      // Another essay's causes are off-topic unless they name something this essay keeps discussing.
      const own = new Set(causalLinksOf(ctx.essay).flatMap((l) => [l.cause, l.effect]));
      const key = keyText(d);
      return choicesOf(d)
        .filter((c) => c.text !== key)
        .every((c) => own.has(c.text) || onTopic(ctx.essay, c.text));
    },
  },
];

export type RubricReport = {
  drafts: number;
  passedAll: number;
  perRule: Record<string, number>;
  failures: { index: number; rule: string; prompt: string }[];
  /** share of the essay's paragraphs (with 2+ sentences) that some draft cites */
  coverage: number;
  /** how often the key sits at each position of a single-choice draft */
  keyPositions: number[];
};

export function scoreDrafts(ctx: RubricContext): RubricReport {
  const perRule = Object.fromEntries(RUBRIC.map((r) => [r.id, 0]));
  const failures: RubricReport["failures"] = [];
  let passedAll = 0;
  ctx.drafts.forEach((d, i) => {
    let ok = true;
    for (const r of RUBRIC) {
      if (r.check(d, ctx, i)) perRule[r.id]!++;
      else {
        ok = false;
        failures.push({ index: i, rule: r.id, prompt: d.prompt });
      }
    }
    if (ok) passedAll++;
  });
  const cited = new Set(
    ctx.drafts.flatMap((d) => d.passageIds.map((id) => ctx.essay.passages.find((p) => p.id === id)?.paragraph)),
  );
  const paragraphs = new Set(
    ctx.essay.passages.filter((p) => p.sentence === 2).map((p) => p.paragraph), // paragraphs of 2+ sentences
  );
  const covered = [...paragraphs].filter((p) => cited.has(p)).length;
  const keyPositions = [0, 0, 0, 0];
  for (const d of ctx.drafts.filter((x) => x.type === "SINGLE_CHOICE")) {
    if (d.type !== "SINGLE_CHOICE") continue;
    const at = d.content.choices.findIndex((c) => c.id === d.answerKey.correct);
    if (at >= 0 && at < 4) keyPositions[at]!++;
  }
  return {
    drafts: ctx.drafts.length,
    passedAll,
    perRule,
    failures,
    coverage: paragraphs.size ? covered / paragraphs.size : 1,
    keyPositions,
  };
}
