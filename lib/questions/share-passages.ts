import type { PassageRef } from "./public-question";

/**
 * The quiz's questions and citable passages with each passage one object wherever it repeats (same id, same
 * text), so React's RSC payload writes it once and refers back to it: twenty questions citing four sentences
 * sent twenty copies, and a debate's citable list a copy more. A passage blanked for a cloze keeps its own
 * object (its text differs), so what each question shows is unchanged.
 */
export function sharePassages<Q extends { passages: PassageRef[] }>(
  questions: readonly Q[],
  citable: readonly PassageRef[],
): { questions: Q[]; citable: PassageRef[] } {
  const seen = new Map<string, PassageRef>();
  const share = (p: PassageRef) => {
    const first = seen.get(p.id);
    if (!first) seen.set(p.id, p);
    return first && first.text === p.text && samePlace(first, p) ? first : p;
  };
  const shared = questions.map((q) => ({ ...q, passages: q.passages.map(share) }));
  return { questions: shared, citable: citable.map(share) };
}

const samePlace = (a: PassageRef, b: PassageRef) =>
  a.essaySlug === b.essaySlug &&
  a.essayTitle === b.essayTitle &&
  a.paragraph === b.paragraph &&
  a.sentence === b.sentence;
