"use client";
// A debate answer's evidence: every sentence of the set's essays may be cited. What is cited sits on top (each
// removable) and a search narrows the sentences. On a phone the list flows with the page (a scroll box there sat half
// under the quiz's bottom bar), so it stays folded until the student searches or opens it: unfolded, two essays'
// sentences made a five-question debate 52,000 px tall on a phone. On wider screens it is a box, always open.
import { useId, useRef, useState } from "react";
import { TextInput } from "@/components/ui/input";
import type { PassageRef } from "@/lib/questions/public-question";

const label = (p: PassageRef) => (p.sentence === 0 ? `¶${p.paragraph}` : `¶${p.paragraph} s${p.sentence}`);

export function EvidencePicker({
  citable,
  cited,
  min,
  disabled,
  onToggle,
}: {
  citable: PassageRef[];
  cited: Set<string>;
  min: number;
  disabled?: boolean;
  onToggle: (passageId: string, on: boolean) => void;
}) {
  const uid = useId();
  const [query, setQuery] = useState("");
  const [browsing, setBrowsing] = useState(false);
  const top = useRef<HTMLFieldSetElement>(null);
  const q = query.trim().toLowerCase();
  const sentences = citable.filter((p) => p.sentence > 0);
  const shown = q ? sentences.filter((p) => p.text.toLowerCase().includes(q) || label(p).includes(q)) : sentences;
  const essays = [...new Set(shown.map((p) => p.essayTitle))];
  const chosen = sentences.filter((p) => cited.has(p.id));
  const open = browsing || q !== "";
  return (
    <fieldset disabled={disabled} ref={top} className="scroll-mt-24">
      <legend className="text-sm font-medium text-slate-800">
        Evidence: cite at least {min} passage{min === 1 ? "" : "s"} ({cited.size} cited)
      </legend>
      {chosen.length > 0 && (
        <ul aria-label="Your evidence" className="mt-2 space-y-1">
          {chosen.map((p) => (
            <li
              key={p.id}
              className="flex items-start justify-between gap-2 rounded-lg border border-brand-100 bg-brand-50 px-2 py-1 text-sm"
            >
              <span className="min-w-0">
                <span className="mr-1 font-semibold text-slate-600">{label(p)}</span>
                <span className="font-serif">{p.text}</span>
              </span>
              <button
                type="button"
                onClick={() => onToggle(p.id, false)}
                className="shrink-0 rounded px-2 py-1 text-xs font-semibold text-brand-700 hover:bg-white"
                aria-label={`Remove ${label(p)} from your evidence`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={`${uid}-find`} className="mt-3 block text-sm text-slate-700">
        Find a sentence
      </label>
      <TextInput
        id={`${uid}-find`}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="a word from the essay"
        className="mt-1"
      />
      {!q && (
        <button
          type="button"
          aria-expanded={browsing}
          aria-controls={`${uid}-list`}
          onClick={() => setBrowsing(!browsing)}
          className="mt-2 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100 sm:hidden"
        >
          {browsing ? "Hide the sentences" : `Browse all ${sentences.length} sentences`}
        </button>
      )}
      <div
        id={`${uid}-list`}
        className={`mt-2 space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-2 sm:block sm:max-h-96 sm:overflow-y-auto ${open ? "" : "hidden"}`}
      >
        {shown.length === 0 && <p className="px-1 text-sm text-slate-600">No sentence has “{query.trim()}”.</p>}
        {essays.map((title) => (
          <div key={title}>
            <p className="px-1 text-xs font-bold uppercase tracking-wide text-slate-600">{title}</p>
            {shown
              .filter((p) => p.essayTitle === title)
              .map((p) => (
                // Styled from `.ev-opt` (quiz-cards.css): an essay has up to a hundred of these sentences.
                <label key={p.id} className="ev-opt">
                  <input type="checkbox" checked={cited.has(p.id)} onChange={(e) => onToggle(p.id, e.target.checked)} />
                  <span>
                    <span>{label(p)}</span>
                    <span>{p.text}</span>
                  </span>
                </label>
              ))}
          </div>
        ))}
        {browsing && !q && sentences.length > 0 && (
          <button
            type="button"
            onClick={() => (setBrowsing(false), top.current?.scrollIntoView({ block: "start" }))}
            className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100 sm:hidden"
          >
            Done: hide the sentences
          </button>
        )}
      </div>
    </fieldset>
  );
}
