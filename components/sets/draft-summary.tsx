// One drafted question as the instructor reviews it: the question, its answer and the passage it cites.
import type { Draft } from "@/lib/drafting/draft-questions";
import { DRAFT_KIND_LABELS } from "@/lib/drafting/types";
import { passageLabel } from "@/lib/passages/group";
import { assertNever } from "@/lib/assert-never";
import { TYPE_LABELS, validateQuestion } from "@/lib/questions/schema";
import type { TypedQuestion } from "@/lib/questions/typed-question";
import { Badge } from "../ui/card";

export type PassageText = { paragraph: number; sentence: number; text: string };
const mark = (on: boolean) => (on ? <span className="ml-1 font-semibold text-emerald-800">✓ correct</span> : null);

/** The question's own part: the sentence with its blank, the choices, the essays or passages offered, and the key. */
function DraftBody({ q, passages }: { q: TypedQuestion; passages: Record<string, PassageText> }) {
  switch (q.type) {
    case "CLOZE":
      return (
        <p className="font-serif">
          {q.content.before}
          <span className="mx-1 inline-block min-w-16 border-b-2 border-brand-600 bg-brand-50 px-1 text-center font-sans text-sm">
            {q.answerKey.accepted[0]}
          </span>
          {q.content.after}
        </p>
      );
    case "SINGLE_CHOICE":
      return (
        <ul className="list-disc pl-5">
          {q.content.choices.map((ch) => (
            <li key={ch.id}>
              {ch.text}
              {mark(q.answerKey.correct === ch.id)}
            </li>
          ))}
        </ul>
      );
    case "ATTRIBUTION":
      return (
        <>
          <p className="font-serif italic">“{q.content.statement}”</p>
          <ul className="mt-1 list-disc pl-5">
            {q.content.essays.map((e) => (
              <li key={e.slug}>
                {e.title}
                {mark(q.answerKey.correct === e.slug)}
              </li>
            ))}
          </ul>
        </>
      );
    case "EVIDENCE":
      return (
        <>
          <p>
            Claim: <span className="font-semibold">{q.content.claim}</span>
          </p>
          <ul className="mt-1 space-y-1">
            {q.content.options.map((id) => {
              const p = passages[id];
              return (
                <li key={id} className="font-serif text-sm">
                  <span className="mr-1 font-sans font-semibold text-slate-600">{p ? passageLabel(p) : "?"}</span>
                  {p?.text}
                  {mark(q.answerKey.correct.includes(id))}
                </li>
              );
            })}
          </ul>
        </>
      );
    // The drafter writes none of these.
    case "MULTIPLE_SELECT":
    case "TRUE_FALSE":
    case "SHORT_ANSWER":
    case "ORDERING":
    case "DEBATE":
      return null;
    default:
      return assertNever(q, "question type");
  }
}

export function DraftSummary({
  draft,
  index,
  passages,
}: {
  draft: Draft;
  index: number;
  passages: Record<string, PassageText>;
}) {
  // Every draft passed validateQuestion when it was made; parsing it again types its content and key.
  const checked = validateQuestion(draft);
  return (
    <div>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-bold text-slate-700">Draft {index + 1}</span>
        <Badge tone="brand">{TYPE_LABELS[draft.type]}</Badge>
        <span className="text-slate-600">{DRAFT_KIND_LABELS[draft.kind]}</span>
      </div>
      <h3 className="mt-2 font-semibold text-slate-900">{draft.prompt}</h3>
      <div className="mt-2 text-slate-800">{checked.ok && <DraftBody q={checked.question} passages={passages} />}</div>
      <div className="mt-3 space-y-2" role="group" aria-label="Cited passage">
        {draft.passageIds.map((id) => {
          const p = passages[id];
          return (
            <blockquote
              key={id}
              className="rounded-r-lg border-l-4 border-sky-600 bg-sky-50 px-3 py-2 font-serif text-sm"
            >
              <span className="mr-1 font-sans text-xs font-semibold text-slate-700">
                Cites {p ? passageLabel(p) : "a passage"}
              </span>
              {p?.text}
            </blockquote>
          );
        })}
      </div>
      <p className="mt-2 text-sm text-slate-600">Why this draft: {draft.rationale}</p>
    </div>
  );
}
