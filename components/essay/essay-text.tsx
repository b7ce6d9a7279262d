import { Fragment } from "react";
import { anchorId } from "@/lib/passages/segment";
import type { ParagraphGroup, PassageSpan } from "@/lib/passages/group";

/**
 * The essay as numbered paragraphs of addressable sentences. Every paragraph and sentence carries the id
 * of its anchor (p3, p3-s2) so links scroll to it and :target highlights it. `shade` tints sentences
 * (heatmaps, evidence maps) with an accessible title; `highlight` marks cited passages. Sentences are sliced from
 * `body`, so the passages need no text of their own (a client view then receives the essay's text once).
 */
export function EssayText({
  body,
  groups,
  highlight = [],
  shade,
  idPrefix = "",
}: {
  body: string;
  groups: ParagraphGroup<PassageSpan>[];
  highlight?: string[];
  shade?: Record<string, { color: string; title: string }>;
  idPrefix?: string;
}) {
  const hl = new Set(highlight);
  return (
    <div className="font-serif text-lg leading-relaxed text-slate-900">
      {groups.map(({ paragraph, sentences }) => {
        const pid = idPrefix + anchorId(paragraph.paragraph, 0);
        return (
          <div
            key={paragraph.id}
            className="group relative mb-5 grid grid-cols-[2.5rem_1fr] gap-2 sm:grid-cols-[3rem_1fr]"
          >
            <a
              href={`#${pid}`}
              className="mt-1 select-none text-right font-sans text-sm font-semibold text-slate-500 hover:text-brand-700"
              aria-label={`Link to paragraph ${paragraph.paragraph}`}
            >
              ¶{paragraph.paragraph}
            </a>
            <p
              id={pid}
              className="passage"
              data-passage-id={paragraph.id}
              data-highlighted={hl.has(paragraph.id) || undefined}
            >
              {sentences.map((s, i) => {
                const sid = idPrefix + anchorId(s.paragraph, s.sentence);
                const tint = shade?.[s.id];
                const cited = hl.has(s.id) || hl.has(paragraph.id);
                return (
                  <Fragment key={s.id}>
                    <span
                      id={sid}
                      data-passage-id={s.id}
                      title={tint?.title}
                      className={`passage ${cited ? "bg-sky-100 underline decoration-sky-700 decoration-2 underline-offset-4" : ""}`}
                      style={tint ? { backgroundColor: tint.color } : undefined}
                    >
                      {body.slice(s.start, s.end)}
                    </span>
                    {/* the verbatim text between sentences (usually one space) */}
                    {i < sentences.length - 1 ? body.slice(s.end, sentences[i + 1]!.start) : ""}
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
