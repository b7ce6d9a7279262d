// A stored answer in words a person reads in a spreadsheet or a report ("B. Pragmatism", "True",
// "¶3 s2"), built from the question's public content. Pure; unknown shapes fall back to JSON.
import type { QuestionType } from "../questions/schema";

type Choice = { id: string; text: string };
type PassageName = (passageId: string) => string;

const choiceText = (choices: Choice[] | undefined, id: unknown) =>
  choices?.find((c) => c.id === id)?.text ?? String(id ?? "");

/**
 * `passageText`, when given, adds the picked passage's words to an evidence answer ("¶3 s4: “…”"): a bare
 * "¶3 s4" in a spreadsheet says nothing without the essay open beside it.
 */
export function describeAnswer(
  type: QuestionType | string,
  content: unknown,
  answer: unknown,
  passageName: PassageName = (id) => id,
  passageText?: (passageId: string) => string | undefined,
): string {
  if (answer === null || answer === undefined) return "";
  const a = answer as Record<string, unknown>;
  const c = (content ?? {}) as Record<string, unknown>;
  switch (type) {
    case "SINGLE_CHOICE":
      return choiceText(c.choices as Choice[], a.choiceId);
    case "MULTIPLE_SELECT":
      return ((a.choiceIds as string[]) ?? []).map((id) => choiceText(c.choices as Choice[], id)).join("; ");
    case "TRUE_FALSE":
      return a.value === true ? "True" : a.value === false ? "False" : "";
    case "SHORT_ANSWER":
    case "CLOZE":
      return String(a.text ?? "");
    case "EVIDENCE": {
      if (!a.passageId) return "";
      const text = passageText?.(String(a.passageId));
      return text ? `${passageName(String(a.passageId))}: “${text}”` : passageName(String(a.passageId));
    }
    case "ATTRIBUTION":
      return (
        ((c.essays as { slug: string; title: string }[]) ?? []).find((e) => e.slug === a.essaySlug)?.title ??
        String(a.essaySlug ?? "")
      );
    case "ORDERING":
      return ((a.order as string[]) ?? []).map((id, i) => `${i + 1}. ${choiceText(c.items as Choice[], id)}`).join(" ");
    case "DEBATE": {
      const stance = choiceText(c.stances as Choice[], a.stanceId);
      const cites = ((a.citations as { passageId: string }[]) ?? []).map((x) => passageName(x.passageId));
      return [stance && `[${stance}]`, String(a.text ?? ""), cites.length ? `(cites ${cites.join(", ")})` : ""]
        .filter(Boolean)
        .join(" ");
    }
    default:
      return JSON.stringify(answer);
  }
}

/**
 * The option key(s) an answer picked, for distractor analysis: the same keys the SQL aggregation extracts
 * (choice id, "true"/"false", essay slug, passage id, stance id). Empty for free-text types.
 */
export function optionLabels(
  type: QuestionType | string,
  content: unknown,
  passageName: PassageName = (id) => id,
): { key: string; label: string }[] {
  const c = (content ?? {}) as Record<string, unknown>;
  switch (type) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_SELECT":
      return ((c.choices as Choice[]) ?? []).map((x) => ({ key: x.id, label: x.text }));
    case "TRUE_FALSE":
      return [
        { key: "true", label: "True" },
        { key: "false", label: "False" },
      ];
    case "ATTRIBUTION":
      return ((c.essays as { slug: string; title: string }[]) ?? []).map((e) => ({ key: e.slug, label: e.title }));
    case "EVIDENCE":
      return ((c.options as string[]) ?? []).map((id) => ({ key: id, label: passageName(id) }));
    case "DEBATE":
      return ((c.stances as Choice[]) ?? []).map((x) => ({ key: x.id, label: x.text }));
    default:
      return [];
  }
}

/** Whether an option key is (part of) the correct answer, from the answer key (server-side only). */
export function isCorrectOption(type: QuestionType | string, answerKey: unknown, key: string): boolean | null {
  const k = (answerKey ?? {}) as Record<string, unknown>;
  switch (type) {
    case "SINGLE_CHOICE":
    case "ATTRIBUTION":
      return k.correct === key;
    case "MULTIPLE_SELECT":
    case "EVIDENCE":
      return ((k.correct as string[]) ?? []).includes(key);
    case "TRUE_FALSE":
      return String(k.correct) === key;
    default:
      return null;
  }
}

/** The correct answer in words, from the answer key (instructors only). */
export function describeCorrectAnswer(
  type: QuestionType | string,
  content: unknown,
  key: unknown,
  passageName: (id: string) => string,
): string {
  const k = (key ?? {}) as Record<string, unknown>;
  switch (type) {
    case "SINGLE_CHOICE":
      return describeAnswer(type, content, { choiceId: k.correct }, passageName);
    case "MULTIPLE_SELECT":
      return describeAnswer(type, content, { choiceIds: k.correct }, passageName);
    case "TRUE_FALSE":
      return describeAnswer(type, content, { value: k.correct }, passageName);
    case "ATTRIBUTION":
      return describeAnswer(type, content, { essaySlug: k.correct }, passageName);
    case "EVIDENCE":
      return ((k.correct as string[]) ?? []).map(passageName).join(", ");
    case "ORDERING":
      return describeAnswer(type, content, { order: k.order }, passageName);
    case "CLOZE":
      return ((k.accepted as string[]) ?? []).join(" / ");
    case "SHORT_ANSWER":
      return String(k.modelAnswer ?? "");
    default:
      return "";
  }
}
