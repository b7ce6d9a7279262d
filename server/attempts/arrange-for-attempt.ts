import "server-only";
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
  return ordered.map((q) => {
    const c = { ...((q.content ?? {}) as Record<string, unknown>) };
    const s = (opts.seed ^ hash(q.id)) >>> 0;
    if (q.type === "ORDERING" && Array.isArray(c.items)) c.items = shuffleAway(c.items, s);
    if (opts.shuffleChoices) {
      if (Array.isArray(c.choices)) c.choices = seededShuffle(c.choices, s);
      if (q.type === "EVIDENCE" && Array.isArray(c.options)) c.options = seededShuffle(c.options, s);
      if (q.type === "ATTRIBUTION" && Array.isArray(c.essays)) c.essays = seededShuffle(c.essays, s);
    }
    return { ...q, content: c };
  });
}
