// What a student is offered for a question, in words: the instructor's set page lists it beside the prompt
// (with the key, which the page adds), so a set can be checked without opening every question in the editor.
import type { QuestionType } from "./schema";

type Named = { id: string; text: string };

export function describeOptions(type: QuestionType, content: unknown): string[] {
  const c = (content ?? {}) as Record<string, unknown>;
  const texts = (xs: unknown) => ((xs ?? []) as Named[]).map((x) => x.text);
  switch (type) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_SELECT":
      return texts(c.choices);
    case "TRUE_FALSE":
      return ["True", "False"];
    case "CLOZE":
      return [`${String(c.before ?? "")} ____ ${String(c.after ?? "")}`.trim()];
    case "EVIDENCE":
      return [`Claim: ${String(c.claim ?? "")}`];
    case "ATTRIBUTION":
      return [`“${String(c.statement ?? "")}”`];
    case "ORDERING":
      return texts(c.items);
    case "DEBATE":
      return texts(c.stances);
    case "SHORT_ANSWER":
      return [];
  }
}
