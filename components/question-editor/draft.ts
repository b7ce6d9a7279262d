// The editor's working copy of a question and how it becomes the `QuestionInput` that `validateQuestion`
// (in the browser, for inline errors, and again on the server) checks.
import { assertNever } from "@/lib/assert-never";
import { randomChoiceId } from "@/lib/questions/choice-ids";
import {
  validateQuestion,
  type AnswerKeyInput,
  type ContentInput,
  type FieldErrors,
  type QuestionType,
} from "@/lib/questions/schema";
import type { TypedQuestion } from "@/lib/questions/typed-question";

export type EditorPassage = {
  id: string;
  paragraph: number;
  sentence: number;
  text: string;
  start: number;
  end: number;
};
export type EditorEssay = { id: string; slug: string; title: string; body: string; passages: EditorPassage[] };
export type EssayOption = { slug: string; title: string };
export type Choice = { id: string; text: string };

/** A half-written content or key: the schema's input shape with every field optional (nothing marked yet…). */
type DraftContent<T extends QuestionType> = Partial<ContentInput<T>>;
type DraftKey<T extends QuestionType> = Partial<AnswerKeyInput<T>>;
/** The part of a draft that depends on its type; `type` pairs the content and key with their shapes. */
export type DraftPartsOf<T extends QuestionType> = { type: T; content: DraftContent<T>; answerKey: DraftKey<T> };
export type DraftParts = { [T in QuestionType]: DraftPartsOf<T> }[QuestionType];
/** The fields every type has, as the form holds them (points as typed). */
export type DraftCommon = {
  prompt: string;
  explanation: string;
  points: string;
  rubric: string;
  passageIds: string[];
};
/** The editor's working copy of a question: a `switch (draft.type)` narrows its content and key. */
export type Draft = DraftCommon & DraftParts;
export type DraftOf<T extends QuestionType> = DraftCommon & DraftPartsOf<T>;

/** Opaque random ids for choices, items and stances (crypto.getRandomValues, unlike crypto.randomUUID, works on
 *  plain-http LAN hosts too): an id must say nothing about the key or the authored order (issue 14). */
export const newId = randomChoiceId;

const choices = (n: number): Choice[] => Array.from({ length: n }, () => ({ id: newId(), text: "" }));

/** A fresh content + key for a type; the prompt, explanation, points and citations carry over. */
export function blankParts(type: QuestionType, essays: EssayOption[]): DraftParts {
  switch (type) {
    case "SINGLE_CHOICE":
      return { type, content: { choices: choices(4) }, answerKey: { correct: "" } };
    case "MULTIPLE_SELECT":
      return { type, content: { choices: choices(4) }, answerKey: { correct: [] } };
    case "TRUE_FALSE":
      return { type, content: {}, answerKey: {} };
    case "SHORT_ANSWER":
      return { type, content: {}, answerKey: { modelAnswer: "", keywords: [] } };
    case "CLOZE":
      return { type, content: { before: "", after: "" }, answerKey: { accepted: [], caseSensitive: false } };
    case "EVIDENCE":
      return { type, content: { claim: "", options: [] }, answerKey: { correct: [] } };
    case "ATTRIBUTION":
      return { type, content: { statement: "", essays: essays.slice(0, 4) }, answerKey: { correct: "" } };
    case "ORDERING": {
      const items = choices(3);
      return { type, content: { items }, answerKey: { order: items.map((i) => i.id) } };
    }
    case "DEBATE":
      return {
        type,
        content: {
          stances: [
            { id: newId(), text: "Agree" },
            { id: newId(), text: "Disagree" },
          ],
          minCitations: 1,
        },
        answerKey: {},
      };
    default:
      return assertNever(type, "question type");
  }
}

export function newDraft(type: QuestionType, essays: EssayOption[]): Draft {
  return { prompt: "", explanation: "", points: "1", rubric: "", passageIds: [], ...blankParts(type, essays) };
}

/** The parts with some fields of the content and key replaced; the type stays. */
export function patchParts<T extends QuestionType>(
  d: DraftPartsOf<T>,
  patch: { content?: DraftContent<T>; answerKey?: DraftKey<T> },
): DraftPartsOf<T> {
  return {
    type: d.type,
    content: { ...d.content, ...patch.content },
    answerKey: { ...d.answerKey, ...patch.answerKey },
  };
}

/** A stored question's content and key as a draft's. Ordering items are shown in their correct order (they are
 *  stored scrambled). */
function storedParts(q: TypedQuestion): DraftParts {
  switch (q.type) {
    case "ORDERING": {
      const byId = new Map(q.content.items.map((i) => [i.id, i]));
      const items = q.answerKey.order.flatMap((id) => byId.get(id) ?? []);
      return { type: q.type, content: { ...q.content, items }, answerKey: q.answerKey };
    }
    case "SINGLE_CHOICE":
      return { type: q.type, content: q.content, answerKey: q.answerKey };
    case "MULTIPLE_SELECT":
      return { type: q.type, content: q.content, answerKey: q.answerKey };
    case "TRUE_FALSE":
      return { type: q.type, content: q.content, answerKey: q.answerKey };
    case "SHORT_ANSWER":
      return { type: q.type, content: q.content, answerKey: q.answerKey };
    case "CLOZE":
      return { type: q.type, content: q.content, answerKey: q.answerKey };
    case "EVIDENCE":
      return { type: q.type, content: q.content, answerKey: q.answerKey };
    case "ATTRIBUTION":
      return { type: q.type, content: q.content, answerKey: q.answerKey };
    case "DEBATE":
      return { type: q.type, content: q.content, answerKey: q.answerKey };
    default:
      return assertNever(q, "question type");
  }
}

/** A stored question (parsed by parseQuestion where it was loaded) as a draft. */
export function draftFrom(
  q: TypedQuestion & {
    prompt: string;
    explanation: string;
    points: number;
    rubric: string | null;
    passageIds: string[];
  },
): Draft {
  return {
    prompt: q.prompt,
    explanation: q.explanation,
    points: String(q.points),
    rubric: q.rubric ?? "",
    passageIds: q.passageIds,
    ...storedParts(q),
  };
}

const filled = (choices: Choice[] = []) => choices.filter((c) => c.text.trim());

/** The content and key as submitted: blank choice slots and blank accepted answers are left out, and an
 *  ordering's key is its items' order as the instructor arranged them. */
function submittedParts(d: Draft): DraftParts {
  switch (d.type) {
    case "ORDERING":
      return { type: d.type, content: d.content, answerKey: { order: (d.content.items ?? []).map((i) => i.id) } };
    // Blank choice slots are left out (the editor offers four; many questions need fewer).
    case "SINGLE_CHOICE":
      return patchParts(d, { content: { choices: filled(d.content.choices) } });
    case "MULTIPLE_SELECT":
      return patchParts(d, { content: { choices: filled(d.content.choices) } });
    // Blank lines in the "other accepted answers" box are not answers.
    case "CLOZE":
      return patchParts(d, { answerKey: { accepted: (d.answerKey.accepted ?? []).filter((x) => x.trim()) } });
    case "TRUE_FALSE":
    case "SHORT_ANSWER":
    case "EVIDENCE":
    case "ATTRIBUTION":
    case "DEBATE":
      return d;
    default:
      return assertNever(d, "question type");
  }
}

export function toInput(d: Draft) {
  const points = d.points.trim() === "" ? Number.NaN : Number(d.points);
  const { type, content, answerKey } = submittedParts(d);
  return {
    type,
    prompt: d.prompt,
    content,
    answerKey,
    explanation: d.explanation,
    points,
    rubric: d.type === "SHORT_ANSWER" || d.type === "DEBATE" ? d.rubric : "",
    passageIds: d.passageIds,
  };
}

/** The first error at `path` or below it ("content.choices" also finds "content.choices.2.text"). */
export function errorAt(errors: FieldErrors, ...paths: string[]): string | undefined {
  for (const p of paths) {
    if (errors[p]) return errors[p];
    const k = Object.keys(errors).find((key) => key.startsWith(`${p}.`));
    if (k) return errors[k];
  }
  return undefined;
}

/**
 * Every problem at once: `validateQuestion` stops at the common fields (prompt, citations, points), so the
 * type's own fields are checked again with placeholders for those. Messages for an unmarked answer are
 * reworded from zod's defaults into what the instructor should do.
 */
export function editorErrors(input: ReturnType<typeof toInput>): FieldErrors {
  const first = validateQuestion(input);
  if (first.ok) return {};
  const errors = { ...first.errors };
  if (!Object.keys(errors).some((k) => k.startsWith("content") || k.startsWith("answerKey"))) {
    const probe = validateQuestion({
      ...input,
      prompt: input.prompt.trim() || "x",
      passageIds: input.passageIds.length ? input.passageIds : ["x"],
      points: 1,
      explanation: "",
      rubric: "",
    });
    if (!probe.ok) Object.assign(errors, probe.errors);
  }
  const correct = "correct" in input.answerKey ? input.answerKey.correct : undefined;
  const unmarked: Partial<Record<QuestionType, string>> = {
    SINGLE_CHOICE: "Mark which choice is correct.",
    TRUE_FALSE: "Mark whether the statement is true or false.",
    ATTRIBUTION: "Mark which essay says this.",
  };
  if (unmarked[input.type] && (correct === undefined || correct === "")) {
    for (const key of Object.keys(errors)) if (key.startsWith("answerKey")) delete errors[key];
    errors["answerKey.correct"] = unmarked[input.type]!;
  }
  if (errors.points && !Number.isFinite(input.points))
    errors.points = "Give the points as a number, for example 1 or 2.5.";
  return errors;
}
