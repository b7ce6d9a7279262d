// How the built-in question sets are written: passages are cited by stable anchors ("p3-s2", "p3") of
// an essay slug, choices are plain strings, and every objective question carries `support`, a verbatim
// quote from a cited passage that backs its answer key. `resolveBuiltinQuestion` turns one into the
// stored shape of lib/questions/schema.ts once the anchors' Passage ids are known (at seed time).
import { createHash } from "node:crypto";
import { seededShuffle } from "@/lib/questions/public-question";
import type { QuestionInput } from "@/lib/questions/schema";

export type EssaySlug = "russia-taliban-engagement" | "moscows-geopolitical-gamble";
export const ESSAY_SLUGS: readonly EssaySlug[] = ["russia-taliban-engagement", "moscows-geopolitical-gamble"];
/** A passage of a built-in essay: `p3` is paragraph 3, `p3-s2` its second sentence. */
export type Ref = { essay: EssaySlug; anchor: string };

type Base = {
  prompt: string;
  /** shown after the reveal: why the key is right, in a teacher's words */
  explanation: string;
  /** the passages the question is drawn from (at least one) */
  cites: Ref[];
  points?: number;
};
type Objective = Base & {
  /** a verbatim quote from one of the cited passages that supports the answer key */
  support: string;
};

export type BuiltinQuestion =
  | (Objective & { type: "SINGLE_CHOICE"; choices: string[]; correct: number })
  | (Objective & { type: "MULTIPLE_SELECT"; choices: string[]; correct: number[] })
  | (Objective & { type: "TRUE_FALSE"; correct: boolean })
  /** `before + accepted[0] + after` is the text of the first cited sentence */
  | (Objective & { type: "CLOZE"; before: string; accepted: string[]; after: string })
  /** `correct` are among `options`, and are cited */
  | (Objective & { type: "EVIDENCE"; claim: string; options: Ref[]; correct: Ref[] })
  | (Objective & { type: "ATTRIBUTION"; statement: string; correct: EssaySlug })
  /** `items` in the correct order; stored with exactly one in place (see layoutSet) */
  | (Objective & { type: "ORDERING"; items: string[] })
  | (Base & {
      type: "SHORT_ANSWER";
      support: string;
      modelAnswer: string;
      keywords: string[];
      rubric: string;
      maxWords?: number;
    })
  | (Base & { type: "DEBATE"; stances: { id: string; text: string }[]; minCitations: number; rubric: string });

export type BuiltinSet = {
  /** QuestionSet.builtInKey: never change it, the seed upserts by it */
  key: string;
  title: string;
  description: string;
  essays: EssaySlug[];
  questions: BuiltinQuestion[];
};

export const anchorKey = (r: Ref) => `${r.essay}#${r.anchor}`;

const md5 = (s: string) => createHash("md5").update(s).digest("hex");
const seedOf = (s: string) => parseInt(md5(s).slice(0, 8), 16);

/** How a question's choices (items, options) are stored: `order[i]` is the authored index shown i-th, and
 *  `ids[j]` the id of authored choice j ("c" + 9 hex digits). */
export type Layout = { order: number[]; ids: string[] };
/** Where a question sits in its set and, from layoutSet, how it is laid out. */
export type Placement = { setKey: string; position: number; layout?: Layout };

/**
 * Spreads picks over positions: each pick goes to the positions its group (type and count) has used least, then
 * to those used least as "n-th from the start" and "n-th from the end" across the whole set, then by a seeded
 * shuffle. Per group every position ends up used equally often, give or take one.
 */
function balancer() {
  const usage = new Map<string, number[]>();
  const fromStart: number[] = [];
  const fromEnd: number[] = [];
  return (group: string, n: number, k: number, seed: number) => {
    const used = usage.get(group) ?? Array<number>(n).fill(0);
    usage.set(group, used);
    const ends = (p: number) => (fromStart[p] ?? 0) + (fromEnd[n - 1 - p] ?? 0);
    const chosen = seededShuffle(
      Array.from({ length: n }, (_, i) => i),
      seed,
    )
      .sort((a, b) => used[a]! - used[b]! || ends(a) - ends(b))
      .slice(0, k);
    for (const p of chosen) {
      used[p]!++;
      fromStart[p] = (fromStart[p] ?? 0) + 1;
      fromEnd[n - 1 - p] = (fromEnd[n - 1 - p] ?? 0) + 1;
    }
    return chosen;
  };
}

/** A permutation with the `keys` at the positions `at` (in a seeded order) and the other indices, shuffled, elsewhere. */
function placeAt(n: number, keys: number[], at: number[], seed: number): number[] {
  const out = Array<number>(n).fill(-1);
  const keyOrder = seededShuffle(keys, seed + 1);
  at.forEach((p, i) => (out[p] = keyOrder[i]!));
  const rest = seededShuffle(
    Array.from({ length: n }, (_, i) => i).filter((i) => !keys.includes(i)),
    seed + 2,
  );
  return out.map((x) => (x >= 0 ? x : rest.shift()!));
}

/**
 * The stored layout of a set's questions. Content files write the key first (easy to author and review); here
 * keys are spread evenly over the display positions and, separately, over the ranks of the ids when sorted, so
 * neither "always the first (or last) option" nor "the ids in sorted order" beats guessing. An ordering question
 * is shown, and its ids sort, with exactly one item in place (leaving it as shown scores 1/n, the chance score).
 * Deterministic: a re-seed gives the same layout.
 */
export function layoutSet(set: Pick<BuiltinSet, "key" | "questions">): (Layout | undefined)[] {
  const shown = balancer();
  const ranked = balancer();
  return set.questions.map((q, position) => {
    const seed = seedOf(`${set.key}:${position}`);
    const n =
      q.type === "SINGLE_CHOICE" || q.type === "MULTIPLE_SELECT"
        ? q.choices.length
        : q.type === "EVIDENCE"
          ? q.options.length
          : q.type === "ORDERING"
            ? q.items.length
            : 0;
    if (n === 0) return undefined;
    // Candidate ids, sorted: the j-th authored choice gets the id of rank rank[j].
    const candidates = Array.from(
      { length: n },
      (_, i) => `c${md5(`passage-choice:${set.key}:${position}:${i}`).slice(0, 9)}`,
    ).sort();
    const lay = (keys: number[], group: string): Layout => {
      const order = placeAt(n, keys, shown(group, n, keys.length, seed), seed);
      const byRank = placeAt(n, keys, ranked(group, n, keys.length, seed + 3), seed + 3);
      const ids = Array<string>(n);
      byRank.forEach((authored, rank) => (ids[authored] = candidates[rank]!));
      return { order, ids };
    };
    switch (q.type) {
      case "SINGLE_CHOICE":
        return lay([q.correct], `SC:${n}`);
      case "MULTIPLE_SELECT":
        return lay(q.correct, `MS:${n}`);
      case "EVIDENCE": {
        const correct = new Set(q.correct.map(anchorKey));
        return lay(
          q.options.flatMap((o, i) => (correct.has(anchorKey(o)) ? [i] : [])),
          `EV:${n}`,
        );
      }
      default: {
        const order = oneInPlace(n, shown(`ORD:${n}`, n, 1, seed)[0]!, seed);
        const byRank = oneInPlace(n, ranked(`ORD:${n}`, n, 1, seed + 3)[0]!, seed + 3);
        const ids = Array<string>(n);
        byRank.forEach((authored, rank) => (ids[authored] = candidates[rank]!));
        return { order, ids };
      }
    }
  });
}

/** A permutation of 0..n-1 with exactly `fixed` in place (for n < 3: none in place, never the identity). */
function oneInPlace(n: number, fixed: number, seed: number): number[] {
  const free = Array.from({ length: n }, (_, i) => i).filter((i) => n < 3 || i !== fixed);
  for (let s = seed; ; s++) {
    const moved = seededShuffle(free, s);
    if (moved.every((x, i) => x !== free[i])) {
      const out = Array.from({ length: n }, (_, i) => i);
      free.forEach((slot, i) => (out[slot] = moved[i]!));
      return out;
    }
  }
}

/** Every question of a set in its stored form, keys spread over positions (see layoutSet). */
export function resolveBuiltinSet(
  set: Pick<BuiltinSet, "key" | "questions">,
  passageId: (r: Ref) => string,
  essayTitle: (slug: EssaySlug) => string,
): QuestionInput[] {
  const layouts = layoutSet(set);
  return set.questions.map((q, position) =>
    resolveBuiltinQuestion(q, passageId, essayTitle, { setKey: set.key, position, layout: layouts[position] }),
  );
}

/**
 * The stored form of a built-in question. `passageId` maps a Ref to its Passage id and throws for an
 * anchor that does not exist, so a typo fails the seed and the tests instead of shipping a broken citation.
 */
export function resolveBuiltinQuestion(
  q: BuiltinQuestion,
  passageId: (r: Ref) => string,
  essayTitle: (slug: EssaySlug) => string,
  at: Placement = { setKey: "", position: 0 },
): QuestionInput {
  const layout = at.layout ?? layoutSet({ key: at.setKey, questions: [q] })[0] ?? { order: [], ids: [] };
  const { order } = layout;
  const id = (i: number) => layout.ids[i]!;
  /** The authored texts as shown: ids follow the authored index, the list follows the display order. */
  const shown = (texts: string[]) => order.map((i) => ({ id: id(i), text: texts[i]! }));
  const base = {
    type: q.type,
    prompt: q.prompt,
    explanation: q.explanation,
    points: q.points ?? 1,
    rubric: null as string | null,
    passageIds: [...new Set(q.cites.map(passageId))],
  };
  switch (q.type) {
    case "SINGLE_CHOICE":
      return {
        ...base,
        content: { choices: shown(q.choices) },
        answerKey: { correct: id(q.correct) },
      };
    case "MULTIPLE_SELECT":
      return {
        ...base,
        content: { choices: shown(q.choices) },
        answerKey: { correct: order.filter((i) => q.correct.includes(i)).map(id) },
      };
    case "TRUE_FALSE":
      return { ...base, content: {}, answerKey: { correct: q.correct } };
    case "CLOZE":
      return {
        ...base,
        content: { before: q.before, after: q.after },
        answerKey: { accepted: q.accepted, caseSensitive: false },
      };
    case "EVIDENCE":
      return {
        ...base,
        content: { claim: q.claim, options: order.map((i) => passageId(q.options[i]!)) },
        answerKey: { correct: q.correct.map(passageId) },
      };
    case "ATTRIBUTION":
      return {
        ...base,
        content: { statement: q.statement, essays: ESSAY_SLUGS.map((slug) => ({ slug, title: essayTitle(slug) })) },
        answerKey: { correct: q.correct },
      };
    case "ORDERING":
      return { ...base, content: { items: shown(q.items) }, answerKey: { order: q.items.map((_, i) => id(i)) } };
    case "SHORT_ANSWER":
      return {
        ...base,
        rubric: q.rubric,
        content: q.maxWords ? { maxWords: q.maxWords } : {},
        answerKey: { modelAnswer: q.modelAnswer, keywords: q.keywords },
      };
    case "DEBATE":
      return {
        ...base,
        rubric: q.rubric,
        content: { stances: q.stances, minCitations: q.minCitations },
        answerKey: {},
      };
  }
}
