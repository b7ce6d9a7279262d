// One drafted question as the instructor reviews it: the question, its answer and the passage it cites.
import type { Draft } from "@/lib/drafting/draft-questions";
import { DRAFT_KIND_LABELS } from "@/lib/drafting/types";
import { passageLabel } from "@/lib/passages/group";
import { TYPE_LABELS } from "@/lib/questions/schema";
import { Badge } from "../ui/card";

export type PassageText = { paragraph: number; sentence: number; text: string };
type Choice = { id: string; text: string };

export function DraftSummary({
  draft,
  index,
  passages,
}: {
  draft: Draft;
  index: number;
  passages: Record<string, PassageText>;
}) {
  const c = (draft.content ?? {}) as Record<string, unknown>;
  const k = (draft.answerKey ?? {}) as Record<string, unknown>;
  const mark = (on: boolean) => (on ? <span className="ml-1 font-semibold text-emerald-800">✓ correct</span> : null);
  return (
    <div>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-bold text-slate-700">Draft {index + 1}</span>
        <Badge tone="brand">{TYPE_LABELS[draft.type]}</Badge>
        <span className="text-slate-600">{DRAFT_KIND_LABELS[draft.kind]}</span>
      </div>
      <h3 className="mt-2 font-semibold text-slate-900">{draft.prompt}</h3>
      <div className="mt-2 text-slate-800">
        {draft.type === "CLOZE" && (
          <p className="font-serif">
            {c.before as string}
            <span className="mx-1 inline-block min-w-16 border-b-2 border-brand-600 bg-brand-50 px-1 text-center font-sans text-sm">
              {((k.accepted as string[]) ?? [])[0]}
            </span>
            {c.after as string}
          </p>
        )}
        {draft.type === "SINGLE_CHOICE" && (
          <ul className="list-disc pl-5">
            {((c.choices ?? []) as Choice[]).map((ch) => (
              <li key={ch.id}>
                {ch.text}
                {mark(k.correct === ch.id)}
              </li>
            ))}
          </ul>
        )}
        {draft.type === "ATTRIBUTION" && (
          <>
            <p className="font-serif italic">“{c.statement as string}”</p>
            <ul className="mt-1 list-disc pl-5">
              {((c.essays ?? []) as { slug: string; title: string }[]).map((e) => (
                <li key={e.slug}>
                  {e.title}
                  {mark(k.correct === e.slug)}
                </li>
              ))}
            </ul>
          </>
        )}
        {draft.type === "EVIDENCE" && (
          <>
            <p>
              Claim: <span className="font-semibold">{c.claim as string}</span>
            </p>
            <ul className="mt-1 space-y-1">
              {((c.options ?? []) as string[]).map((id) => {
                const p = passages[id];
                return (
                  <li key={id} className="font-serif text-sm">
                    <span className="mr-1 font-sans font-semibold text-slate-600">{p ? passageLabel(p) : "?"}</span>
                    {p?.text}
                    {mark(((k.correct ?? []) as string[]).includes(id))}
                  </li>
                );
              })}
            </ul>
          </>
        )}
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
