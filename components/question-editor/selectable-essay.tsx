"use client";
// The essay beside the question being edited. Clicking a sentence (or a paragraph number, for the whole
// paragraph) toggles it; every sentence is a keyboard-operable toggle button with aria-pressed.
import type { KeyboardEvent } from "react";
import { groupPassages, passageLabel } from "@/lib/passages/group";
import type { EditorEssay } from "./draft";

type Props = {
  essay: EditorEssay;
  /** passages marked as the question's source */
  cited: Set<string>;
  /** passages marked as evidence options (evidence questions only) */
  options?: Set<string>;
  onToggle: (passageId: string) => void;
  actionLabel: string;
};

const activate = (e: KeyboardEvent, fn: () => void) => {
  if (e.key === "Enter" || e.key === " ") {
    e.preventDefault();
    fn();
  }
};

export function SelectableEssay({ essay, cited, options = new Set(), onToggle, actionLabel }: Props) {
  const groups = groupPassages(essay.passages);
  const mark = (id: string) =>
    cited.has(id)
      ? "bg-sky-100 underline decoration-sky-700 decoration-2 underline-offset-4"
      : options.has(id)
        ? "bg-amber-100 outline-dashed outline-2 outline-amber-700"
        : "hover:bg-slate-100";
  return (
    <div className="font-serif text-base leading-relaxed text-slate-900">
      {groups.map(({ paragraph, sentences }) => (
        <div key={paragraph.id} className="mb-4 grid grid-cols-[2.75rem_1fr] gap-2">
          <button
            type="button"
            onClick={() => onToggle(paragraph.id)}
            aria-pressed={cited.has(paragraph.id) || options.has(paragraph.id)}
            aria-label={`${actionLabel} paragraph ${paragraph.paragraph}`}
            className={`h-fit rounded-md px-1 py-0.5 text-right font-sans text-sm font-semibold text-slate-600 hover:text-brand-700 ${
              cited.has(paragraph.id)
                ? "bg-sky-100 text-sky-900 ring-2 ring-sky-700"
                : options.has(paragraph.id)
                  ? "bg-amber-100 ring-2 ring-amber-700"
                  : ""
            }`}
          >
            ¶{paragraph.paragraph}
          </button>
          <p
            data-passage-id={paragraph.id}
            className={
              cited.has(paragraph.id) ? "rounded bg-sky-50" : options.has(paragraph.id) ? "rounded bg-amber-50" : ""
            }
          >
            {sentences.map((s, i) => (
              <span key={s.id}>
                <span
                  role="button"
                  tabIndex={0}
                  aria-pressed={cited.has(s.id) || options.has(s.id)}
                  title={`${passageLabel(s)}: click to ${actionLabel.toLowerCase()} this sentence`}
                  data-passage-id={s.id}
                  data-anchor={`p${s.paragraph}-s${s.sentence}`}
                  onClick={() => onToggle(s.id)}
                  onKeyDown={(e) => activate(e, () => onToggle(s.id))}
                  className={`cursor-pointer rounded-sm ${mark(s.id)}`}
                >
                  {s.text}
                </span>
                {i < sentences.length - 1 ? essay.body.slice(s.end, sentences[i + 1]!.start) : ""}
              </span>
            ))}
          </p>
        </div>
      ))}
    </div>
  );
}
