// How an answer is grouped in the discussion: choice-like answers are counted by what was chosen,
// written answers are listed one by one (with their text). Pure, so it is unit-tested without a database.
import type { QuestionType } from "@/lib/questions/schema";

type Choice = { id: string; text: string };
export type GroupOf = { key: string; label: string; text: string | null; stanceId: string | null };

export function answerGroupOf(
  type: QuestionType,
  content: unknown,
  answer: unknown,
  passageName: (id: string) => string,
): GroupOf {
  const c = (content ?? {}) as Record<string, unknown>;
  const a = (answer ?? {}) as Record<string, unknown>;
  const choices = (c.choices ?? c.items ?? []) as Choice[];
  const choiceText = (id: string) => choices.find((x) => x.id === id)?.text ?? "(a removed choice)";
  const group = (key: string, label: string, text: string | null = null, stanceId: string | null = null) => ({
    key,
    label,
    text,
    stanceId,
  });
  switch (type) {
    case "SINGLE_CHOICE":
      return group(`c:${a.choiceId}`, choiceText(String(a.choiceId)));
    case "MULTIPLE_SELECT": {
      const ids = choices.map((x) => x.id).filter((id) => ((a.choiceIds as string[]) ?? []).includes(id));
      return group(`m:${ids.join(",")}`, ids.length ? ids.map(choiceText).join(" + ") : "Nothing selected");
    }
    case "TRUE_FALSE":
      return group(`tf:${a.value}`, a.value === true ? "True" : a.value === false ? "False" : "No answer");
    case "EVIDENCE":
      return group(`e:${a.passageId}`, passageName(String(a.passageId)));
    case "ATTRIBUTION": {
      const essay = ((c.essays ?? []) as { slug: string; title: string }[]).find((e) => e.slug === a.essaySlug);
      return group(`a:${a.essaySlug}`, essay?.title ?? "An essay no longer offered");
    }
    case "ORDERING": {
      const order = (a.order as string[]) ?? [];
      return group(`o:${order.join(",")}`, order.map(choiceText).join(" → ") || "No order given");
    }
    case "CLOZE": {
      const t = String(a.text ?? "").trim();
      return group(`z:${t.toLowerCase()}`, t ? `“${t}”` : "Left blank");
    }
    case "SHORT_ANSWER":
      return group("written", "Written answers", String(a.text ?? ""));
    case "DEBATE": {
      const stanceId = String(a.stanceId ?? "");
      const stance = ((c.stances ?? []) as Choice[]).find((s) => s.id === stanceId);
      return group(`s:${stanceId}`, stance?.text ?? "No side taken", String(a.text ?? ""), stanceId || null);
    }
  }
}
