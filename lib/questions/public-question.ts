// What the student's browser receives for a question: never the answer key, explanation or rubric.
import { passagesWhileAnswering } from "./passages-while-answering";
import { questionContent, type QuestionContent, type TypedQuestion } from "./typed-question";

export type PassageRef = {
  id: string;
  essaySlug: string;
  essayTitle: string;
  paragraph: number;
  sentence: number;
  text: string;
};

/** A question as a student's browser receives it: its type narrows its content; no key. */
export type PublicQuestion = {
  id: string;
  prompt: string;
  points: number;
  /** the passages the question cites (its source) */
  passages: PassageRef[];
} & QuestionContent;

/** Strips everything secret from a stored question. Use it for every payload sent to a student before reveal. */
export function toPublicQuestion(
  q: { id: string; prompt: string; points: number; passages: PassageRef[] } & QuestionContent,
): PublicQuestion {
  return { ...questionContent(q), id: q.id, prompt: q.prompt, points: q.points, passages: q.passages };
}

/** Deterministic shuffle (mulberry32) so a student's order is stable across reloads and devices. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The question as sent for answering: only the source passages passagesWhileAnswering allows (none when the
 * assignment hides them or they would give the answer away; a cloze's blank blanked). `keyed` is the question
 * with its key, read here on the server; only `q` (without it) is sent.
 */
export function forAnswering<Q extends { passages: PassageRef[] }>(q: Q, keyed: TypedQuestion, show = true): Q {
  return { ...q, passages: passagesWhileAnswering({ ...keyed, passages: q.passages }, show).passages };
}

/**
 * forAnswering for questions shown on one page together (a quiz, a preview): each question's passages are also
 * screened for the other questions' keys, so a cloze answer cannot be read beside another question citing the
 * same sentence. A question whose key `keyedOf` does not find (added while the page loaded) shows no passages.
 */
export function forAnsweringAll<Q extends { id: string; passages: PassageRef[] }>(
  questions: readonly Q[],
  keyedOf: (q: Q) => TypedQuestion | undefined,
  show = true,
): Q[] {
  const keyed = questions.map(keyedOf);
  return questions.map((q, i) => {
    const own = keyed[i];
    if (!own) return { ...q, passages: [] };
    const others = keyed.filter((k, j): k is TypedQuestion => j !== i && k !== undefined);
    return { ...q, passages: passagesWhileAnswering({ ...own, passages: q.passages }, show, others).passages };
  });
}
