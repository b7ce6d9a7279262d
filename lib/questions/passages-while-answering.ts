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
 * A text shown before answering (a passage, a passage's paragraph): null when it must not be shown at all, else
 * the text, with a cloze's missing words blanked.
 */
export function screenText(
  q: Omit<Question, "passages">,
  text: string,
  show = true,
  others: readonly Omit<Question, "passages">[] = [],
): string | null {
  if (!show || q.type === "EVIDENCE" || q.type === "ATTRIBUTION") return null;
  // The same rule for the keys of the other questions shown on the same page: a passage cited by one question
  // must not hand out another's answer (a cloze's missing words are blanked, any other key withholds it).
  let out = text;
  for (const x of [q, ...others]) {
    const quoted = keyTexts(x.type, x.content, x.answerKey).filter((k) => words(k).test(out));
    if (quoted.length === 0) continue;
    if (x.type !== "CLOZE") return null;
    out = quoted.reduce((t, k) => t.replace(words(k), BLANK), out);
  }
  return out;
}

/**
 * The cited passages shown while answering. None when the assignment hides them (`show` false) or the question's
 * passage is its answer (an evidence option, an attribution's essay). A cloze passage is shown with the missing
 * words blanked; any other passage that quotes the key verbatim is withheld. `others`: the other questions shown
 * on the same page, whose keys are screened out the same way.
 */
export function passagesWhileAnswering(
  q: Question,
  show = true,
  others: readonly Omit<Question, "passages">[] = [],
): PassagesWhileAnswering {
  const passages = q.passages.flatMap((p) => {
    const text = screenText(q, p.text, show, others);
    return text === null ? [] : [text === p.text ? p : { ...p, text }];
  });
  return { passages, withheld: q.passages.length - passages.length };
}
