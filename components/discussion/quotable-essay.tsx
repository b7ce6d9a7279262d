import { Fragment } from "react";
import type { EssayView } from "@/lib/discussion/view-types";
import { groupPassages } from "@/lib/passages/group";
import { anchorId } from "@/lib/passages/segment";

type Props = {
  essay: EssayView;
  idPrefix: string;
  /** passages the question cites: underlined */
  cited: Set<string>;
  /** a quoted span to mark, in body offsets */
  mark: { start: number; end: number } | null;
  shade?: Record<string, { color: string; title: string }>;
};

/**
 * The essay as numbered paragraphs of sentences, like EssayText, plus what quoting needs: each sentence
 * carries `data-start` (its offset into the body) so a text selection maps back to body offsets, and a
 * quoted sub-span is wrapped in <mark> so it is visible in context.
 */
export function QuotableEssay({ essay, idPrefix, cited, mark, shade }: Props) {
  return (
    <div className="font-serif text-lg leading-relaxed text-slate-900">
      {groupPassages(essay.passages).map(({ paragraph, sentences }) => {
        const pid = idPrefix + anchorId(paragraph.paragraph, 0);
        return (
          <div key={paragraph.id} className="mb-5 grid grid-cols-[2.25rem_1fr] gap-2">
            <span
              aria-hidden="true"
              className="mt-1 select-none text-right font-sans text-sm font-semibold text-slate-500"
            >
              ¶{paragraph.paragraph}
            </span>
            <p id={pid} className="passage" data-passage-id={paragraph.id}>
              {sentences.map((s, i) => {
                const isCited = cited.has(s.id) || cited.has(paragraph.id);
                const tint = shade?.[s.id];
                return (
                  <Fragment key={s.id}>
                    <span
                      id={idPrefix + anchorId(s.paragraph, s.sentence)}
                      data-passage-id={s.id}
                      data-start={s.start}
                      data-cited={isCited || undefined}
                      title={tint?.title}
                      className={`passage ${isCited ? "bg-sky-100 underline decoration-sky-700 decoration-2 underline-offset-4" : ""}`}
                      style={tint ? { backgroundColor: tint.color } : undefined}
                    >
                      {marked(essay.body.slice(s.start, s.end), s.start, mark)}
                    </span>
                    {i < sentences.length - 1 ? essay.body.slice(s.end, sentences[i + 1]!.start) : ""}
                  </Fragment>
                );
              })}
            </p>
          </div>
        );
      })}
    </div>
  );
}

/** Splits a sentence's text around the part of the marked span that falls inside it. */
function marked(text: string, start: number, mark: { start: number; end: number } | null) {
  if (!mark || mark.end <= start || mark.start >= start + text.length) return text;
  const a = Math.max(0, mark.start - start);
  const b = Math.min(text.length, mark.end - start);
  return (
    <>
      {text.slice(0, a)}
      <mark data-quote-mark className="rounded-sm bg-amber-200 px-0.5 text-slate-900 ring-2 ring-amber-600">
        {text.slice(a, b)}
      </mark>
      {text.slice(b)}
    </>
  );
}
