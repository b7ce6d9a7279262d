// Issue 15, item 5: one rule for the source passages a student sees while answering, in every view that shows a
// question before it is answered (set preview, self-paced quiz, live mode). Results, after answering, show the
// passages as cited.
import { assertNever } from "../assert-never";
import type { PassageRef } from "./public-question";
import type { TypedQuestion } from "./typed-question";

export const BLANK = "____";
/** A key shorter than this ("a", "yes") matches too much ordinary text to mean the passage gives it away. */
const MIN_KEY_LENGTH = 3;

/** A question with its key (the key decides what may be shown) and the passages it cites. */
type Question = TypedQuestion & { passages: PassageRef[] };

/** What the student sees beside the question before answering; `withheld` counts passages kept back. */
export type PassagesWhileAnswering = { passages: PassageRef[]; withheld: number };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const words = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(s.trim())}(?![\\p{L}\\p{N}])`, "giu");
const choiceText = (choices: readonly { id: string; text: string }[], id: string) =>
  choices.find((x) => x.id === id)?.text;

/** The key in words, as a passage could quote it: the missing words, the correct choices' texts, the model answer. */
function keyWords(q: TypedQuestion): (string | undefined)[] {
  switch (q.type) {
    case "CLOZE":
      return q.answerKey.accepted;
    case "SINGLE_CHOICE":
      return [choiceText(q.content.choices, q.answerKey.correct)];
    case "MULTIPLE_SELECT":
      return q.answerKey.correct.map((id) => choiceText(q.content.choices, id));
    case "SHORT_ANSWER":
      return [q.answerKey.modelAnswer];
    // Evidence and attribution withhold their passages whole (screenText); the others' keys are not words.
    case "TRUE_FALSE":
    case "EVIDENCE":
    case "ATTRIBUTION":
    case "ORDERING":
    case "DEBATE":
      return [];
    default:
      return assertNever(q, "question type");
  }
}

/** The answer's words that must not be read in a passage before answering. */
function keyTexts(q: TypedQuestion): string[] {
  return keyWords(q).filter((t): t is string => typeof t === "string" && t.trim().length >= MIN_KEY_LENGTH);
}

/**
 * A text shown before answering (a passage, a passage's paragraph): null when it must not be shown at all, else
 * the text, with a cloze's missing words blanked.
 */
export function screenText(
  q: TypedQuestion,
  text: string,
  show = true,
  others: readonly TypedQuestion[] = [],
): string | null {
  if (!show || q.type === "EVIDENCE" || q.type === "ATTRIBUTION") return null;
  // The same rule for the keys of the other questions shown on the same page: a passage cited by one question
  // must not hand out another's answer (a cloze's missing words are blanked, any other key withholds it).
  let out = text;
  for (const x of [q, ...others]) {
    const quoted = keyTexts(x).filter((k) => words(k).test(out));
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
  others: readonly TypedQuestion[] = [],
): PassagesWhileAnswering {
  const passages = q.passages.flatMap((p) => {
    const text = screenText(q, p.text, show, others);
    return text === null ? [] : [text === p.text ? p : { ...p, text }];
  });
  return { passages, withheld: q.passages.length - passages.length };
}
