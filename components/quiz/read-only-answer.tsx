"use client";
import { AnswerInput } from "@/components/questions/answer-input";
import { readAnswer } from "@/lib/questions/answer-shape";
import type { PassageRef, PublicQuestion } from "@/lib/questions/public-question";
import { PassageQuote } from "./passage-quote";

const noop = () => {};

/** A submitted answer shown in its own widget, disabled; a debate answer as stance, argument and evidence. */
export function ReadOnlyAnswer({
  question,
  answer,
  citable,
}: {
  question: PublicQuestion;
  answer: unknown;
  citable: PassageRef[];
}) {
  if (question.type === "SHORT_ANSWER")
    return (
      <p className="whitespace-pre-line rounded-lg border border-slate-200 bg-slate-50 p-3">
        {readAnswer.SHORT_ANSWER(answer).text}
      </p>
    );
  if (question.type === "ORDERING") {
    // The order as a plain numbered list: the answering widget's arrows, disabled, read as controls.
    const text = new Map(question.content.items.map((i) => [i.id, i.text]));
    const order = readAnswer.ORDERING(answer).order ?? [];
    return (
      <ol
        aria-label="Your order"
        className="list-decimal space-y-1 rounded-lg border border-slate-200 bg-slate-50 py-2 pl-8 pr-3"
      >
        {order.map((id) => (
          <li key={id}>{text.get(id) ?? "(a removed item)"}</li>
        ))}
      </ol>
    );
  }
  if (question.type !== "DEBATE")
    return <AnswerInput question={question} value={answer} onChange={noop} disabled citable={citable} />;
  const a = readAnswer.DEBATE(answer);
  const stances = question.content.stances;
  const byId = new Map(citable.map((p) => [p.id, p]));
  return (
    <div className="space-y-2 text-sm">
      <p>
        <span className="font-semibold">Stance:</span> {stances.find((s) => s.id === a.stanceId)?.text ?? "none"}
      </p>
      <p className="whitespace-pre-line rounded-lg border border-slate-200 bg-slate-50 p-3 text-base">{a.text}</p>
      {(a.citations ?? []).map((c) => {
        const p = byId.get(c.passageId);
        return p ? <PassageQuote key={c.passageId} p={p} exact={c.quote?.exact} /> : null;
      })}
    </div>
  );
}
