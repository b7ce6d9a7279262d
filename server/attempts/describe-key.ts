import "server-only";
import { assertNever } from "@/lib/assert-never";
import type { PassageRef } from "@/lib/questions/public-question";
import { passageLabel } from "@/lib/passages/group";
import type { TypedQuestion } from "@/lib/questions/typed-question";

type Named = { id: string; text: string };

/** The correct answer in words, for the feedback page once the reveal policy allows it. */
export function describeKey(q: TypedQuestion, passages: Map<string, PassageRef>): string[] {
  const named = (list: Named[]) => (id: string) => list.find((x) => x.id === id)?.text ?? String(id);
  const passage = (id: string) => {
    const p = passages.get(id);
    return p ? `${passageLabel(p)}: “${p.text}”` : "a passage that is no longer available";
  };
  switch (q.type) {
    case "SINGLE_CHOICE":
      return [named(q.content.choices)(q.answerKey.correct)];
    case "MULTIPLE_SELECT":
      return q.answerKey.correct.map(named(q.content.choices));
    case "TRUE_FALSE":
      return [q.answerKey.correct ? "True" : "False"];
    case "CLOZE":
      return [q.answerKey.accepted.join(" / ")];
    case "EVIDENCE":
      return q.answerKey.correct.map(passage);
    case "ATTRIBUTION":
      return [q.content.essays.find((e) => e.slug === q.answerKey.correct)?.title ?? String(q.answerKey.correct)];
    case "ORDERING": {
      const choice = named(q.content.items);
      return q.answerKey.order.map((id, i) => `${i + 1}. ${choice(id)}`);
    }
    case "SHORT_ANSWER":
      return [`A model answer: ${q.answerKey.modelAnswer}`];
    case "DEBATE":
      return [];
    default:
      return assertNever(q, "question type");
  }
}
