// Issue 15, item 5: one rule for the source passages a student sees while answering, in every view that shows a
// question before it is answered (set preview, self-paced quiz, live mode). Results, after answering, show the
// passages as cited.
import type { PassageRef } from "./public-question";
import type { QuestionType } from "./schema";

export const BLANK = "____";
/** A key shorter than this ("a", "yes") matches too much ordinary text to mean the passage gives it away. */
const MIN_KEY_LENGTH = 3;

type Question = { type: QuestionType; content: unknown; answerKey: unknown; passages: PassageRef[] };

/** What the student sees beside the question before answering; `withheld` counts passages kept back. */
export type PassagesWhileAnswering = { passages: PassageRef[]; withheld: number };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const words = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(s.trim())}(?![\\p{L}\\p{N}])`, "giu");

/** The answer's words that must not be read in a passage before answering. */
function keyTexts(type: QuestionType, content: unknown, answerKey: unknown): string[] {
  const c = (content ?? {}) as { choices?: { id: string; text: string }[] };
  const k = (answerKey ?? {}) as { correct?: unknown; accepted?: string[]; modelAnswer?: string };
  const choice = (id: unknown) => c.choices?.find((x) => x.id === id)?.text;
  const texts: (string | undefined)[] =
    type === "CLOZE"
      ? (k.accepted ?? [])
      : type === "SINGLE_CHOICE"
        ? [choice(k.correct)]
        : type === "MULTIPLE_SELECT" && Array.isArray(k.correct)
          ? k.correct.map(choice)
          : type === "SHORT_ANSWER"
            ? [k.modelAnswer]
            : [];
  return texts.filter((t): t is string => typeof t === "string" && t.trim().length >= MIN_KEY_LENGTH);
}

/**
 * The cited passages shown while answering. None when the assignment hides them (`show` false) or the question's
 * passage is its answer (an evidence option, an attribution's essay). A cloze passage is shown with the missing
 * words blanked; any other passage that quotes the key verbatim is withheld.
 */
export function passagesWhileAnswering(q: Question, show = true): PassagesWhileAnswering {
  if (!show || q.type === "EVIDENCE" || q.type === "ATTRIBUTION") return { passages: [], withheld: q.passages.length };
  const keys = keyTexts(q.type, q.content, q.answerKey);
  if (keys.length === 0) return { passages: q.passages, withheld: 0 };
  const passages: PassageRef[] = [];
  for (const p of q.passages) {
    const quoted = keys.filter((k) => words(k).test(p.text));
    if (quoted.length === 0) passages.push(p);
    else if (q.type === "CLOZE")
      passages.push({ ...p, text: quoted.reduce((text, k) => text.replace(words(k), BLANK), p.text) });
  }
  return { passages, withheld: q.passages.length - passages.length };
}
