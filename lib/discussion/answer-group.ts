// How an answer is grouped in the discussion: choice-like answers are counted by what was chosen,
// written answers are listed one by one (with their text). Pure, so it is unit-tested without a database.
import { assertNever } from "@/lib/assert-never";
import { readAnswer } from "@/lib/questions/answer-shape";
import type { QuestionContent } from "@/lib/questions/typed-question";

export type GroupOf = { key: string; label: string; text: string | null; stanceId: string | null };

export function answerGroupOf(q: QuestionContent, answer: unknown, passageName: (id: string) => string): GroupOf {
  const choices =
    q.type === "SINGLE_CHOICE" || q.type === "MULTIPLE_SELECT"
      ? q.content.choices
      : q.type === "ORDERING"
        ? q.content.items
        : [];
  const choiceText = (id: string) => choices.find((x) => x.id === id)?.text ?? "(a removed choice)";
  const group = (key: string, label: string, text: string | null = null, stanceId: string | null = null) => ({
    key,
    label,
    text,
    stanceId,
  });
  switch (q.type) {
    case "SINGLE_CHOICE": {
      const { choiceId } = readAnswer.SINGLE_CHOICE(answer);
      return group(`c:${choiceId}`, choiceText(String(choiceId)));
    }
    case "MULTIPLE_SELECT": {
      const picked = readAnswer.MULTIPLE_SELECT(answer).choiceIds ?? [];
      const ids = choices.map((x) => x.id).filter((id) => picked.includes(id));
      return group(`m:${ids.join(",")}`, ids.length ? ids.map(choiceText).join(" + ") : "Nothing selected");
    }
    case "TRUE_FALSE": {
      const { value } = readAnswer.TRUE_FALSE(answer);
      return group(`tf:${value}`, value === true ? "True" : value === false ? "False" : "No answer");
    }
    case "EVIDENCE": {
      const { passageId } = readAnswer.EVIDENCE(answer);
      return group(`e:${passageId}`, passageName(String(passageId)));
    }
    case "ATTRIBUTION": {
      const { essaySlug } = readAnswer.ATTRIBUTION(answer);
      const essay = q.content.essays.find((e) => e.slug === essaySlug);
      return group(`a:${essaySlug}`, essay?.title ?? "An essay no longer offered");
    }
    case "ORDERING": {
      const order = readAnswer.ORDERING(answer).order ?? [];
      return group(`o:${order.join(",")}`, order.map(choiceText).join(" → ") || "No order given");
    }
    case "CLOZE": {
      const t = (readAnswer.CLOZE(answer).text ?? "").trim();
      return group(`z:${t.toLowerCase()}`, t ? `“${t}”` : "Left blank");
    }
    case "SHORT_ANSWER":
      return group("written", "Written answers", readAnswer.SHORT_ANSWER(answer).text ?? "");
    case "DEBATE": {
      const a = readAnswer.DEBATE(answer);
      const stanceId = a.stanceId ?? "";
      const stance = q.content.stances.find((s) => s.id === stanceId);
      return group(`s:${stanceId}`, stance?.text ?? "No side taken", a.text ?? "", stanceId || null);
    }
    default:
      return assertNever(q, "question type");
  }
}
