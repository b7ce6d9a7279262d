// The last step every importer shares: resolve the passage hints to our passages and check the question with
// the same validator the editor uses, so nothing that could not be saved is offered as importable.
import { reidChoices } from "@/lib/questions/choice-ids";
import type { QuestionType } from "@/lib/questions/schema";
import { validateQuestion } from "@/lib/questions/schema";
import { resolveHint, type PassageIndex } from "./citations";
import type { ImportedQuestion, PassageHint, Unmapped } from "./model";

export type Draft = {
  type: QuestionType;
  prompt: string;
  content: object;
  answerKey: object;
  explanation: string;
  points: number;
  rubric: string | null;
  hints: PassageHint[];
  warnings: string[];
};

export function finishQuestion(d: Draft, source: string, index: PassageIndex): ImportedQuestion | Unmapped {
  const passageIds = [...new Set(d.hints.map((h) => resolveHint(h, index)?.id).filter((x): x is string => !!x))];
  // The file's own ids number the choices by position ("A.", "B."): replace them with opaque ones (issue 14).
  const { content, answerKey } = reidChoices(d.type, d.content, d.answerKey);
  const question = {
    type: d.type,
    prompt: d.prompt,
    content,
    answerKey,
    explanation: d.explanation,
    points: d.points,
    rubric: d.rubric,
    passageIds,
  };
  const check = validateQuestion({ ...question, passageIds: ["placeholder"] });
  if (!check.ok)
    return {
      source,
      reason: `Not a valid ${d.type.toLowerCase().replace(/_/g, " ")} question: ${[...new Set(Object.values(check.errors))].join(" ")}`,
    };
  return {
    source,
    question: {
      ...question,
      content: check.question.content,
      answerKey: check.question.answerKey,
      explanation: check.question.explanation,
    },
    hints: d.hints,
    warnings: [...new Set(d.warnings)],
  };
}
