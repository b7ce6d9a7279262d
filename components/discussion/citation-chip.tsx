"use client";
import type { CitationView } from "@/lib/discussion/view-types";
import { useQuotes } from "./quote-context";

/**
 * A cited passage or quote. Clicking it shows the passage (or the quoted words, marked) in the essay.
 * A quote whose words are no longer in the essay stays visible, labelled orphaned.
 */
export function CitationChip({ citation }: { citation: CitationView }) {
  const { show } = useQuotes();
  const q = citation.quote;
  if (q?.orphaned)
    return (
      <span className="inline-flex max-w-full flex-col rounded-lg border border-dashed border-slate-400 bg-slate-50 px-3 py-1.5 text-sm text-slate-700">
        <span className="font-serif italic line-through decoration-slate-400">“{q.exact}”</span>
        <span className="text-xs font-semibold text-amber-900">
          {citation.label}: quoted text no longer found in the essay
        </span>
      </span>
    );
  const range = q ? { start: q.start, end: q.end } : { start: -1, end: -1 };
  return (
    <button
      type="button"
      onClick={() => show({ essayId: citation.essayId, passageId: citation.passageId, ...range })}
      className="d-chip"
      aria-label={
        q ? `Show quote in the essay, ${citation.label}: ${q.exact}` : `Show passage ${citation.label} in the essay`
      }
    >
      <b>{citation.label}</b>
      <i>{`“${q ? q.exact : citation.passageText}”`}</i>
    </button>
  );
}
