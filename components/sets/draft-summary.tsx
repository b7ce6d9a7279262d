// One drafted question as the instructor reviews it: the question, its answer and the passage it cites.
import type { Draft } from "@/lib/drafting/draft-questions";
import { DRAFT_KIND_LABELS } from "@/lib/drafting/types";
import { passageLabel } from "@/lib/passages/group";
import { TYPE_LABELS } from "@/lib/questions/schema";
import { assertNever } from "@/lib/assert-never";
import { Badge } from "../ui/card";

export type PassageText = { paragraph: number; sentence: number; text: string };

export function DraftSummary({
  draft,
  index,
  passages,
}: {
  draft: Draft;
  index: number;
  passages: Record<string, PassageText>;
}) {
  const mark = (on: boolean) => (on ? <span className="ml-1 font-semibold text-emerald-800">✓ correct</span> : null);
  return (
    <div>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-bold text-slate-700">Draft {index + 1}</span>
        <Badge tone="brand">{TYPE_LABELS[draft.type]}</Badge>
        <span className="text-slate-600">{DRAFT_KIND_LABELS[draft.kind]}</span>
        {draft.source && <Badge tone="amber">Suggested by {draft.source}</Badge>}
      </div>
      <h3 className="mt-2 font-semibold text-slate-900">{draft.prompt}</h3>
      <div className="mt-2 text-slate-800">
        <DraftBody draft={draft} passages={passages} mark={mark} />
      </div>
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

/** The question's own part, by type: the typed union narrows content and key in each case. */
function DraftBody({
  draft,
  passages,
  mark,
}: {
  draft: Draft;
  passages: Record<string, PassageText>;
  mark: (on: boolean) => React.ReactNode;
}) {
  switch (draft.type) {
    case "CLOZE":
      return (
        <p className="font-serif">
          {draft.content.before}
          <span className="mx-1 inline-block min-w-16 border-b-2 border-brand-600 bg-brand-50 px-1 text-center font-sans text-sm">
            {draft.answerKey.accepted[0]}
          </span>
          {draft.content.after}
        </p>
      );
    case "SINGLE_CHOICE":
      return (
        <ul className="list-disc pl-5">
          {draft.content.choices.map((ch) => (
            <li key={ch.id}>
              {ch.text}
              {mark(draft.answerKey.correct === ch.id)}
            </li>
          ))}
        </ul>
      );
    case "ATTRIBUTION":
      return (
        <>
          <p className="font-serif italic">“{draft.content.statement}”</p>
          <ul className="mt-1 list-disc pl-5">
            {draft.content.essays.map((e) => (
              <li key={e.slug}>
                {e.title}
                {mark(draft.answerKey.correct === e.slug)}
              </li>
            ))}
          </ul>
        </>
      );
    case "EVIDENCE":
      return (
        <>
          <p>
            Claim: <span className="font-semibold">{draft.content.claim}</span>
          </p>
          <ul className="mt-1 space-y-1">
            {draft.content.options.map((id) => {
              const p = passages[id];
              return (
                <li key={id} className="font-serif text-sm">
                  <span className="mr-1 font-sans font-semibold text-slate-600">{p ? passageLabel(p) : "?"}</span>
                  {p?.text}
                  {mark(draft.answerKey.correct.includes(id))}
                </li>
              );
            })}
          </ul>
        </>
      );
    // The drafter makes none of these: shown by their prompt alone.
    case "MULTIPLE_SELECT":
    case "TRUE_FALSE":
    case "SHORT_ANSWER":
    case "ORDERING":
    case "DEBATE":
      return null;
    default:
      return assertNever(draft, "question type");
  }
}
