// How the built-in question sets are written: passages are cited by stable anchors ("p3-s2", "p3") of
// an essay slug, choices are plain strings, and every objective question carries `support`, a verbatim
// quote from a cited passage that backs its answer key. `resolveBuiltinQuestion` turns one into the
// stored shape of lib/questions/schema.ts once the anchors' Passage ids are known (at seed time).
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
  /** `items` in the correct order; stored scrambled */
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
const ids = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i));
const choiceList = (texts: string[]) => texts.map((text, i) => ({ id: ids(texts.length)[i]!, text }));

/** Items in a fixed order that is never the answer (a student must not get it right by leaving them be). */
function scrambled<T>(items: T[], seed: number): T[] {
  for (let s = seed; s < seed + 50; s++) {
    const out = seededShuffle(items, s);
    if (out.some((x, i) => x !== items[i])) return out;
  }
  return [...items].reverse();
}

/**
 * The stored form of a built-in question. `passageId` maps a Ref to its Passage id and throws for an
 * anchor that does not exist, so a typo fails the seed and the tests instead of shipping a broken citation.
 */
export function resolveBuiltinQuestion(
  q: BuiltinQuestion,
  passageId: (r: Ref) => string,
  essayTitle: (slug: EssaySlug) => string,
): QuestionInput {
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
        content: { choices: choiceList(q.choices) },
        answerKey: { correct: ids(q.choices.length)[q.correct] },
      };
    case "MULTIPLE_SELECT":
      return {
        ...base,
        content: { choices: choiceList(q.choices) },
        answerKey: { correct: q.correct.map((i) => ids(q.choices.length)[i]) },
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
        content: { claim: q.claim, options: q.options.map(passageId) },
        answerKey: { correct: q.correct.map(passageId) },
      };
    case "ATTRIBUTION":
      return {
        ...base,
        content: { statement: q.statement, essays: ESSAY_SLUGS.map((slug) => ({ slug, title: essayTitle(slug) })) },
        answerKey: { correct: q.correct },
      };
    case "ORDERING": {
      const items = choiceList(q.items);
      return {
        ...base,
        content: { items: scrambled(items, q.items.length * 7919) },
        answerKey: { order: items.map((i) => i.id) },
      };
    }
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
