// The mix of question types the report benches seed (dashboard, class-size pages): single choice, true/false and
// cloze in turn, each citing the given sentence.
import type { QuestionSpec } from "../../tests/fixtures/analytics-data";

export function mixedQuestion(i: number, cites: QuestionSpec["cites"]): QuestionSpec {
  if (i % 3 === 1)
    return {
      type: "TRUE_FALSE",
      prompt: `Statement ${i + 1} is what the essay says.`,
      content: {},
      answerKey: { correct: true },
      cites,
    };
  if (i % 3 === 2)
    return {
      type: "CLOZE",
      prompt: `Fill blank ${i + 1}.`,
      content: { before: "The essay names", after: "." },
      answerKey: { accepted: ["Russia"] },
      cites,
    };
  const choices = ["a", "b", "c", "d"].map((id) => ({ id, text: `Option ${id.toUpperCase()} of question ${i + 1}` }));
  return {
    type: "SINGLE_CHOICE",
    prompt: `Question ${i + 1} about the passage?`,
    content: { choices },
    answerKey: { correct: "a" },
    cites,
  };
}
