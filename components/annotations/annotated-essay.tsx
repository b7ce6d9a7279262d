"use client";
import { memo } from "react";
import { runsFor, type Span } from "@/lib/annotations/segments";
import type { AnnotationView, ReadingPassage } from "@/lib/annotations/view-types";
import { KIND_LABEL } from "@/lib/annotations/kinds";
import { anchorId } from "@/lib/passages/segment";

export const SELECTION_ID = "__selection";

const KIND_CLASS = {
  HIGHLIGHT: "bg-yellow-200",
  COMMENT: "bg-sky-100 underline decoration-sky-700 decoration-2 underline-offset-4",
  QUESTION: "bg-orange-100 underline decoration-orange-700 decoration-dotted decoration-2 underline-offset-4",
} as const;

/** A short accessible name for an annotation's marker: kind, author, and the start of what it says. */
export function markerName(a: AnnotationView, n: number) {
  const said = a.body ? `: ${a.body.length > 60 ? `${a.body.slice(0, 60)}…` : a.body}` : "";
  return `Annotation ${n}, ${KIND_LABEL[a.kind]} by ${a.author.label} on “${a.quote}”${said}`;
}

/**
 * The essay with its annotations drawn in: each annotated run is a <mark>, and after the last word of each
 * annotation a small numbered button (its number drawn by CSS, so no text enters the essay's offsets) names
 * it for screen readers and jumps to it in the list. Paragraphs carry `data-start` so a DOM selection maps to
 * essay offsets. `selection` is the keyboard mode's span, drawn as an outlined run.
 */
export const AnnotatedEssay = memo(function AnnotatedEssay({
  body,
  passages,
  annotations,
  selection,
  onMarker,
}: {
  body: string;
  passages: ReadingPassage[];
  annotations: AnnotationView[];
  selection: { start: number; end: number } | null;
  onMarker: (id: string) => void;
}) {
  const placed = annotations.filter((a) => a.start !== null);
  const number = new Map(annotations.map((a, i) => [a.id, i + 1]));
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const spans: Span[] = placed.map((a) => ({ id: a.id, start: a.start!, end: a.end! }));
  if (selection) spans.push({ id: SELECTION_ID, ...selection });
  const endsAt = new Map<number, AnnotationView[]>();
  for (const a of placed) endsAt.set(a.end!, [...(endsAt.get(a.end!) ?? []), a]);

  const runs = (from: number, to: number) =>
    runsFor(from, to, spans).map((r) => {
      const text = body.slice(r.start, r.end);
      const ids = r.ids.filter((id) => id !== SELECTION_ID);
      const selected = r.ids.includes(SELECTION_ID);
      const top = ids.length ? byId.get(ids[ids.length - 1]!)! : null;
      const markers = (endsAt.get(r.end) ?? []).map((a) => (
        <button
          key={a.id}
          type="button"
          data-n={number.get(a.id)}
          aria-label={markerName(a, number.get(a.id)!)}
          onClick={() => onMarker(a.id)}
          className="mx-0.5 inline-flex h-5 min-w-5 items-center justify-center rounded-full bg-slate-700 px-1 align-super font-sans text-xs font-bold text-white after:content-[attr(data-n)] hover:bg-brand-700"
        />
      ));
      const cls = `${top ? KIND_CLASS[top.kind] : ""} ${selected ? "bg-violet-200 outline-2 outline-violet-700" : ""}`;
      return (
        <span key={r.start}>
          {top || selected ? (
            <mark
              className={`text-inherit ${cls}`}
              data-annotation-ids={ids.join(" ") || undefined}
              data-selected={selected || undefined}
            >
              {text}
            </mark>
          ) : (
            text
          )}
          {markers}
        </span>
      );
    });

  const paragraphs = passages.filter((p) => p.sentence === 0);
  return (
    <div className="font-serif text-lg leading-relaxed text-slate-900">
      {paragraphs.map((para) => {
        const sentences = passages.filter((p) => p.paragraph === para.paragraph && p.sentence > 0);
        const pieces: { start: number; end: number; sentence?: ReadingPassage }[] = [];
        let at = para.start;
        for (const s of sentences) {
          if (s.start > at) pieces.push({ start: at, end: s.start });
          pieces.push({ start: s.start, end: s.end, sentence: s });
          at = s.end;
        }
        if (at < para.end) pieces.push({ start: at, end: para.end });
        return (
          <div key={para.id} className="mb-5 grid grid-cols-[2rem_1fr] gap-2 sm:grid-cols-[2.5rem_1fr]">
            <span
              aria-hidden="true"
              className="mt-1 select-none text-right font-sans text-sm font-semibold text-slate-500"
            >
              ¶{para.paragraph}
            </span>
            <p
              id={anchorId(para.paragraph, 0)}
              data-start={para.start}
              data-passage-id={para.id}
              data-attention-paragraph={para.id}
            >
              {pieces.map((piece) =>
                piece.sentence ? (
                  <span
                    key={piece.start}
                    id={anchorId(piece.sentence.paragraph, piece.sentence.sentence)}
                    data-passage-id={piece.sentence.id}
                  >
                    {runs(piece.start, piece.end)}
                  </span>
                ) : (
                  <span key={piece.start}>{runs(piece.start, piece.end)}</span>
                ),
              )}
            </p>
          </div>
        );
      })}
    </div>
  );
});
