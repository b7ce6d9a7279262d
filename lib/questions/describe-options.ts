// What a student is offered for a question, in words: the instructor's set page lists it beside the prompt
// (with the key, which the page adds), so a set can be checked without opening every question in the editor.
import { assertNever } from "../assert-never";
import type { QuestionContent } from "./typed-question";

const texts = (xs: readonly { text: string }[]) => xs.map((x) => x.text);

export function describeOptions(q: QuestionContent): string[] {
  switch (q.type) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_SELECT":
      return texts(q.content.choices);
    case "TRUE_FALSE":
      return ["True", "False"];
    case "CLOZE":
      return [`${q.content.before} ____ ${q.content.after}`.trim()];
    case "EVIDENCE":
      return [`Claim: ${q.content.claim}`];
    case "ATTRIBUTION":
      return [`“${q.content.statement}”`];
    case "ORDERING":
      return texts(q.content.items);
    case "DEBATE":
      return texts(q.content.stances);
    case "SHORT_ANSWER":
      return [];
    default:
      return assertNever(q, "question type");
  }
}
