// What the student's browser receives for a question: never the answer key, explanation or rubric.
import type { QuestionType } from "./schema";
import { questionContent, type QuestionContent } from "./typed-question";

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
 * Types whose cited passage gives the answer away (the cloze sentence holds the missing word, the evidence
 * question cites its correct option, the attribution names its essay): their source is shown only after
 * answering, never in the payload a student answers from.
 */
export const SOURCE_GIVES_ANSWER_AWAY: ReadonlySet<QuestionType> = new Set(["CLOZE", "EVIDENCE", "ATTRIBUTION"]);

/** The question as sent for answering: no source passages where they would reveal the answer. */
export function forAnswering<Q extends { type: QuestionType; passages: PassageRef[] }>(q: Q): Q {
  return SOURCE_GIVES_ANSWER_AWAY.has(q.type) ? { ...q, passages: [] } : q;
}
