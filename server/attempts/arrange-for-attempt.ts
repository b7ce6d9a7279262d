import "server-only";
import { assertNever } from "@/lib/assert-never";
import type { PublicQuestion } from "@/lib/questions/public-question";
import { seededShuffle } from "@/lib/questions/public-question";

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Shuffles an array, never returning the stored order when another exists (an ordering item would give away its key). */
function shuffleAway<T>(items: T[], seed: number): T[] {
  const out = seededShuffle(items, seed);
  if (items.length > 1 && out.every((x, i) => x === items[i])) out.push(out.shift()!);
  return out;
}

/**
 * The attempt's view of the questions: order and choices shuffled by the attempt's seed, so the same
 * attempt shows the same order on every reload and device. Ordering items are always shuffled.
 */
export function arrangeForAttempt(
  questions: PublicQuestion[],
  opts: { seed: number; shuffleQuestions: boolean; shuffleChoices: boolean },
): PublicQuestion[] {
  const ordered = opts.shuffleQuestions ? seededShuffle(questions, opts.seed) : questions;
  return ordered.map((q) => arrange(q, (opts.seed ^ hash(q.id)) >>> 0, opts.shuffleChoices));
}

function arrange(q: PublicQuestion, s: number, shuffleChoices: boolean): PublicQuestion {
  switch (q.type) {
    case "ORDERING":
      return { ...q, content: { ...q.content, items: shuffleAway(q.content.items, s) } };
    case "SINGLE_CHOICE":
    case "MULTIPLE_SELECT":
      return shuffleChoices ? { ...q, content: { ...q.content, choices: seededShuffle(q.content.choices, s) } } : q;
    case "EVIDENCE":
      return shuffleChoices ? { ...q, content: { ...q.content, options: seededShuffle(q.content.options, s) } } : q;
    case "ATTRIBUTION":
      return shuffleChoices ? { ...q, content: { ...q.content, essays: seededShuffle(q.content.essays, s) } } : q;
    case "TRUE_FALSE":
    case "SHORT_ANSWER":
    case "CLOZE":
    case "DEBATE":
      return q;
    default:
      return assertNever(q, "question type");
  }
}
