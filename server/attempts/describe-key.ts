import "server-only";
import type { PassageRef } from "@/lib/questions/public-question";
import { passageLabel } from "@/lib/passages/group";
import type { QuestionType } from "@/lib/questions/schema";

type Named = { id: string; text: string };

/** The correct answer in words, for the feedback page once the reveal policy allows it. */
export function describeKey(
  type: QuestionType,
  content: unknown,
  key: unknown,
  passages: Map<string, PassageRef>,
): string[] {
  const c = (content ?? {}) as Record<string, unknown>;
  const k = (key ?? {}) as Record<string, unknown>;
  const choice = (id: unknown) =>
    ((c.choices ?? c.items ?? []) as Named[]).find((x) => x.id === id)?.text ?? String(id);
  const passage = (id: string) => {
    const p = passages.get(id);
    return p ? `${passageLabel(p)}: “${p.text}”` : "a passage that is no longer available";
  };
  switch (type) {
    case "SINGLE_CHOICE":
      return [choice(k.correct)];
    case "MULTIPLE_SELECT":
      return (k.correct as string[]).map(choice);
    case "TRUE_FALSE":
      return [k.correct ? "True" : "False"];
    case "CLOZE":
      return [(k.accepted as string[]).join(" / ")];
    case "EVIDENCE":
      return (k.correct as string[]).map(passage);
    case "ATTRIBUTION":
      return [
        ((c.essays ?? []) as { slug: string; title: string }[]).find((e) => e.slug === k.correct)?.title ??
          String(k.correct),
      ];
    case "ORDERING":
      return (k.order as string[]).map((id, i) => `${i + 1}. ${choice(id)}`);
    case "SHORT_ANSWER":
      return [`A model answer: ${String(k.modelAnswer ?? "")}`];
    case "DEBATE":
      return [];
  }
}
