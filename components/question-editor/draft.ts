// The editor's working copy of a question and how it becomes the `QuestionInput` that `validateQuestion`
// (in the browser, for inline errors, and again on the server) checks.
import { randomChoiceId } from "@/lib/questions/choice-ids";
import { validateQuestion, type FieldErrors, type QuestionType } from "@/lib/questions/schema";

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

export type Draft = {
  type: QuestionType;
  prompt: string;
  // The per-type shapes of lib/questions/schema.ts; kept loose here because the type can change under them.
  content: Record<string, unknown>;
  answerKey: Record<string, unknown>;
  explanation: string;
  points: string;
  rubric: string;
  passageIds: string[];
};

/** Opaque random ids for choices, items and stances (crypto.getRandomValues, unlike crypto.randomUUID, works on
 *  plain-http LAN hosts too): an id must say nothing about the key or the authored order (issue 14). */
export const newId = randomChoiceId;

const choices = (n: number): Choice[] => Array.from({ length: n }, () => ({ id: newId(), text: "" }));

/** A fresh content + key for a type; the prompt, explanation, points and citations carry over. */
export function blankParts(type: QuestionType, essays: EssayOption[]): Pick<Draft, "content" | "answerKey"> {
  switch (type) {
    case "SINGLE_CHOICE":
      return { content: { choices: choices(4) }, answerKey: { correct: "" } };
    case "MULTIPLE_SELECT":
      return { content: { choices: choices(4) }, answerKey: { correct: [] } };
    case "TRUE_FALSE":
      return { content: {}, answerKey: {} };
    case "SHORT_ANSWER":
      return { content: {}, answerKey: { modelAnswer: "", keywords: [] } };
    case "CLOZE":
      return { content: { before: "", after: "" }, answerKey: { accepted: [], caseSensitive: false } };
    case "EVIDENCE":
      return { content: { claim: "", options: [] }, answerKey: { correct: [] } };
    case "ATTRIBUTION":
      return { content: { statement: "", essays: essays.slice(0, 4) }, answerKey: { correct: "" } };
    case "ORDERING": {
      const items = choices(3);
      return { content: { items }, answerKey: { order: items.map((i) => i.id) } };
    }
    case "DEBATE":
      return {
        content: {
          stances: [
            { id: newId(), text: "Agree" },
            { id: newId(), text: "Disagree" },
          ],
          minCitations: 1,
        },
        answerKey: {},
      };
  }
}

export function newDraft(type: QuestionType, essays: EssayOption[]): Draft {
  return { type, prompt: "", explanation: "", points: "1", rubric: "", passageIds: [], ...blankParts(type, essays) };
}

/** A stored question as a draft. Ordering items are shown in their correct order (they are stored scrambled). */
export function draftFrom(q: {
  type: QuestionType;
  prompt: string;
  content: unknown;
  answerKey: unknown;
  explanation: string;
  points: number;
  rubric: string | null;
  passageIds: string[];
}): Draft {
  let content = { ...((q.content ?? {}) as Record<string, unknown>) };
  const answerKey = { ...((q.answerKey ?? {}) as Record<string, unknown>) };
  if (q.type === "ORDERING") {
    const byId = new Map(((content.items ?? []) as Choice[]).map((i) => [i.id, i]));
    content = { ...content, items: ((answerKey.order ?? []) as string[]).map((id) => byId.get(id)).filter(Boolean) };
  }
  return {
    type: q.type,
    prompt: q.prompt,
    content,
    answerKey,
    explanation: q.explanation,
    points: String(q.points),
    rubric: q.rubric ?? "",
    passageIds: q.passageIds,
  };
}

export function toInput(d: Draft) {
  const points = d.points.trim() === "" ? Number.NaN : Number(d.points);
  let answerKey = d.answerKey;
  let content = d.content;
  if (d.type === "ORDERING") answerKey = { order: ((d.content.items ?? []) as Choice[]).map((i) => i.id) };
  // Blank choice slots are left out (the editor offers four; many questions need fewer).
  if (d.type === "SINGLE_CHOICE" || d.type === "MULTIPLE_SELECT")
    content = { ...content, choices: ((content.choices ?? []) as Choice[]).filter((c) => c.text.trim()) };
  // Blank lines in the "other accepted answers" box are not answers.
  if (d.type === "CLOZE")
    answerKey = { ...answerKey, accepted: ((answerKey.accepted ?? []) as string[]).filter((x) => x.trim()) };
  return {
    type: d.type,
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
  const k = input.answerKey as Record<string, unknown>;
  const unmarked: Partial<Record<QuestionType, string>> = {
    SINGLE_CHOICE: "Mark which choice is correct.",
    TRUE_FALSE: "Mark whether the statement is true or false.",
    ATTRIBUTION: "Mark which essay says this.",
  };
  if (unmarked[input.type] && (k.correct === undefined || k.correct === "")) {
    for (const key of Object.keys(errors)) if (key.startsWith("answerKey")) delete errors[key];
    errors["answerKey.correct"] = unmarked[input.type]!;
  }
  if (errors.points && !Number.isFinite(input.points))
    errors.points = "Give the points as a number, for example 1 or 2.5.";
  return errors;
}
