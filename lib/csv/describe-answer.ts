// A stored answer in words a person reads in a spreadsheet or a report ("B. Pragmatism", "True",
// "¶3 s2"), built from the question's public content. Pure.
import { assertNever } from "../assert-never";
import { readAnswer } from "../questions/answer-shape";
import type { QuestionContent, QuestionKey, TypedQuestion } from "../questions/typed-question";

type Choice = { id: string; text: string };
type PassageName = (passageId: string) => string;

const choiceText = (choices: Choice[], id: string | undefined) =>
  choices.find((c) => c.id === id)?.text ?? String(id ?? "");

/**
 * `passageText`, when given, adds the picked passage's words to an evidence answer ("¶3 s4: “…”"): a bare
 * "¶3 s4" in a spreadsheet says nothing without the essay open beside it.
 */
export function describeAnswer(
  q: QuestionContent,
  answer: unknown,
  passageName: PassageName = (id) => id,
  passageText?: (passageId: string) => string | undefined,
): string {
  if (answer === null || answer === undefined) return "";
  switch (q.type) {
    case "SINGLE_CHOICE":
      return choiceText(q.content.choices, readAnswer.SINGLE_CHOICE(answer).choiceId);
    case "MULTIPLE_SELECT":
      return (readAnswer.MULTIPLE_SELECT(answer).choiceIds ?? [])
        .map((id) => choiceText(q.content.choices, id))
        .join("; ");
    case "TRUE_FALSE": {
      const { value } = readAnswer.TRUE_FALSE(answer);
      return value === true ? "True" : value === false ? "False" : "";
    }
    case "SHORT_ANSWER":
      return readAnswer.SHORT_ANSWER(answer).text ?? "";
    case "CLOZE":
      return readAnswer.CLOZE(answer).text ?? "";
    case "EVIDENCE": {
      const { passageId } = readAnswer.EVIDENCE(answer);
      if (!passageId) return "";
      const text = passageText?.(passageId);
      return text ? `${passageName(passageId)}: “${text}”` : passageName(passageId);
    }
    case "ATTRIBUTION": {
      const { essaySlug } = readAnswer.ATTRIBUTION(answer);
      return q.content.essays.find((e) => e.slug === essaySlug)?.title ?? String(essaySlug ?? "");
    }
    case "ORDERING":
      return (readAnswer.ORDERING(answer).order ?? [])
        .map((id, i) => `${i + 1}. ${choiceText(q.content.items, id)}`)
        .join(" ");
    case "DEBATE": {
      const a = readAnswer.DEBATE(answer);
      const stance = choiceText(q.content.stances, a.stanceId ?? undefined);
      const cites = (a.citations ?? []).map((x) => passageName(x.passageId));
      return [stance && `[${stance}]`, a.text ?? "", cites.length ? `(cites ${cites.join(", ")})` : ""]
        .filter(Boolean)
        .join(" ");
    }
    default:
      return assertNever(q, "question type");
  }
}

/**
 * The option key(s) an answer picked, for distractor analysis: the same keys the SQL aggregation extracts
 * (choice id, "true"/"false", essay slug, passage id, stance id). Empty for free-text types.
 */
export function optionLabels(
  q: QuestionContent,
  passageName: PassageName = (id) => id,
): { key: string; label: string }[] {
  switch (q.type) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_SELECT":
      return q.content.choices.map((x) => ({ key: x.id, label: x.text }));
    case "TRUE_FALSE":
      return [
        { key: "true", label: "True" },
        { key: "false", label: "False" },
      ];
    case "ATTRIBUTION":
      return q.content.essays.map((e) => ({ key: e.slug, label: e.title }));
    case "EVIDENCE":
      return q.content.options.map((id) => ({ key: id, label: passageName(id) }));
    case "DEBATE":
      return q.content.stances.map((x) => ({ key: x.id, label: x.text }));
    case "SHORT_ANSWER":
    case "CLOZE":
    case "ORDERING":
      return [];
    default:
      return assertNever(q, "question type");
  }
}

/** Whether an option key is (part of) the correct answer, from the answer key (server-side only). */
export function isCorrectOption(q: QuestionKey, key: string): boolean | null {
  switch (q.type) {
    case "SINGLE_CHOICE":
    case "ATTRIBUTION":
      return q.answerKey.correct === key;
    case "MULTIPLE_SELECT":
    case "EVIDENCE":
      return q.answerKey.correct.includes(key);
    case "TRUE_FALSE":
      return String(q.answerKey.correct) === key;
    case "SHORT_ANSWER":
    case "CLOZE":
    case "ORDERING":
    case "DEBATE":
      return null;
    default:
      return assertNever(q, "question type");
  }
}

/** The correct answer in words, from the answer key (instructors only). */
export function describeCorrectAnswer(q: TypedQuestion, passageName: (id: string) => string): string {
  switch (q.type) {
    case "SINGLE_CHOICE":
      return describeAnswer(q, { choiceId: q.answerKey.correct }, passageName);
    case "MULTIPLE_SELECT":
      return describeAnswer(q, { choiceIds: q.answerKey.correct }, passageName);
    case "TRUE_FALSE":
      return describeAnswer(q, { value: q.answerKey.correct }, passageName);
    case "ATTRIBUTION":
      return describeAnswer(q, { essaySlug: q.answerKey.correct }, passageName);
    case "EVIDENCE":
      return q.answerKey.correct.map(passageName).join(", ");
    case "ORDERING":
      return describeAnswer(q, { order: q.answerKey.order }, passageName);
    case "CLOZE":
      return q.answerKey.accepted.join(" / ");
    case "SHORT_ANSWER":
      return q.answerKey.modelAnswer;
    case "DEBATE":
      return "";
    default:
      return assertNever(q, "question type");
  }
}
