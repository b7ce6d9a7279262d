// What a teacher keeps, as checks over drafts: each rule takes one draft (and the drafts beside it) and says
// whether it passes. scripts/eval-drafter.ts prints the pass counts per essay; rubric.test.ts holds the rate.
import { meaningfulPhrase } from "./blank-drafts";
import { buildEntityPool } from "./entity-pool";
import { entityKey, findMentions } from "./entities";
import { contentWords } from "./salience";
import type { Draft, DraftEssay } from "./types";

export type RubricContext = { essay: DraftEssay; peers: DraftEssay[]; drafts: Draft[] };
type Rule = { id: string; label: string; check: (d: Draft, ctx: RubricContext, i: number) => boolean };

type Choice = { id: string; text: string };
const choicesOf = (d: Draft) => ((d.content as { choices?: Choice[] }).choices ?? []) as Choice[];
const keyText = (d: Draft): string | null => {
  const k = d.answerKey as Record<string, unknown>;
  if (d.type === "CLOZE") return (k.accepted as string[])[0] ?? null;
  if (d.type === "SINGLE_CHOICE") return choicesOf(d).find((c) => c.id === k.correct)?.text ?? null;
  return null;
};
const passageText = (ctx: RubricContext, id: string) => ctx.essay.passages.find((p) => p.id === id)?.text ?? "";
const wordsOf = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** The longest run of consecutive words `a` and `b` share. */
function sharedRun(a: string, b: string): number {
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

export const RUBRIC: Rule[] = [
  {
    id: "same-kind-distractors",
    label: "distractors are of the key's kind and come from this essay or its peers",
    check: (d, ctx) => {
      if (d.type === "ATTRIBUTION" || d.type === "EVIDENCE" || d.type === "CLOZE") return true;
      const key = keyText(d);
      const others = choicesOf(d).filter((c) => c.text !== key);
      if (d.kind === "main-idea") {
        const body = entityKey(ctx.essay.body);
        return others.every((c) => ` ${body} `.includes(` ${entityKey(c.text)} `));
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
      const offered = (d.content as { essays: { slug: string }[] }).essays;
      return offered.length >= 2 && offered.every((e) => allowed.has(e.slug));
    },
  },
  {
    id: "claim-not-a-copy",
    label: "an evidence claim is not a copy of the correct passage (no run of 5 of its words)",
    check: (d, ctx) =>
      d.type !== "EVIDENCE" ||
      sharedRun((d.content as { claim: string }).claim, passageText(ctx, d.passageIds[0]!)) < 5,
  },
  {
    id: "no-giveaway",
    label: "the stem does not state the key",
    check: (d) => {
      const key = keyText(d);
      if (!key) return true;
      const stem = `${d.prompt} ${d.type === "CLOZE" ? `${(d.content as { before: string }).before} ${(d.content as { after: string }).after}` : ""}`;
      return !` ${entityKey(stem)} `.includes(` ${entityKey(key)} `);
    },
  },
  {
    id: "no-near-duplicate",
    label: "no earlier draft asks the same thing",
    check: (d, ctx, i) =>
      ctx.drafts.slice(0, i).every((o) => {
        if (o.kind === d.kind && keyText(o) !== null && keyText(o)?.toLowerCase() === keyText(d)?.toLowerCase())
          return false;
        if (o.kind === d.kind && o.passageIds.join() === d.passageIds.join()) return false;
        return jaccard(signature(o), signature(d)) < 0.8;
      }),
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
    const at = choicesOf(d).findIndex((c) => c.id === (d.answerKey as { correct: string }).correct);
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
