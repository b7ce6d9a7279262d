"use client";
// Evidence selection: the instructor writes a claim and clicks passages in the essay to offer them as
// options (the essay pane switches to "add as option" mode), then marks the one(s) that support the claim.
import { passageLabel } from "@/lib/passages/group";
import { errorAt, patchParts } from "./draft";
import { FieldError, TextArea, smallButton } from "./inputs";
import type { TypeFieldsOf } from "./type-fields";

export function EvidenceFields({ draft, errors, setParts, passages, removeOption }: TypeFieldsOf<"EVIDENCE">) {
  const options = draft.content.options ?? [];
  const correct = draft.answerKey.correct ?? [];
  return (
    <div className="space-y-4">
      <TextArea
        id="claim"
        label="Claim"
        hint="Students pick the passage that supports it."
        value={draft.content.claim ?? ""}
        onChange={(claim) => setParts(patchParts(draft, { content: { claim } }))}
        error={errorAt(errors, "content.claim")}
      />
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-800">
          Passages offered as options ({options.length})
        </legend>
        <p className="mb-2 text-sm text-slate-600">
          Choose “Click to add as an option” above the essay, then click passages. Mark the one that supports the claim.
        </p>
        {options.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-3 text-sm text-slate-700">No options yet.</p>
        ) : (
          <ul className="space-y-2" aria-label="Evidence options">
            {options.map((id) => {
              const p = passages.get(id);
              return (
                <li
                  key={id}
                  className="flex flex-wrap items-start gap-2 rounded-lg border border-amber-300 bg-amber-50 p-2 sm:flex-nowrap"
                >
                  <p className="min-w-0 flex-1 basis-48 font-serif text-sm">
                    <span className="mr-1 font-sans font-semibold text-slate-700">{p ? passageLabel(p) : "?"}</span>
                    {p?.text ?? "Passage unavailable"}
                  </p>
                  <label className="flex items-center gap-1 text-sm">
                    <input
                      type="checkbox"
                      checked={correct.includes(id)}
                      onChange={(e) => {
                        const marked = e.target.checked ? [...correct, id] : correct.filter((x) => x !== id);
                        setParts(patchParts(draft, { answerKey: { correct: marked } }));
                      }}
                      className="h-4 w-4 accent-brand-600"
                      aria-label={`${p ? passageLabel(p) : "This passage"} supports the claim`}
                    />
                    Supports the claim
                  </label>
                  <button
                    type="button"
                    className={smallButton}
                    onClick={() => removeOption(id)}
                    aria-label={`Remove option ${p ? passageLabel(p) : ""}`}
                  >
                    Remove
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <FieldError id="evidence-error" error={errorAt(errors, "content.options", "answerKey.correct", "answerKey")} />
      </fieldset>
    </div>
  );
}
