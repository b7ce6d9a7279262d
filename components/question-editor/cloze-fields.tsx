"use client";
// Cloze: the blank is a word or phrase inside one of the cited sentences; before/after are that sentence's
// text around it, so the student fills a blank in the essay's own words.
import { useEffect } from "react";
import { passageLabel } from "@/lib/passages/group";
import { errorAt, patchParts } from "./draft";
import { FieldError, TextArea, TextInput } from "./inputs";
import type { TypeFieldsOf } from "./type-fields";

export function ClozeFields({ draft, errors, setParts, passages }: TypeFieldsOf<"CLOZE">) {
  const c = draft.content;
  const accepted = draft.answerKey.accepted ?? [];
  const blank = accepted[0] ?? "";
  const cited = draft.passageIds.map((id) => passages.get(id)).filter((p): p is NonNullable<typeof p> => Boolean(p));
  const whole = (c.before ?? "") + blank + (c.after ?? "");
  const source = cited.find((p) => p.text === whole) ?? cited.find((p) => p.sentence > 0) ?? cited[0];
  const notFound = Boolean(source && blank && !source.text.includes(blank));

  /** The sentence split around the blank (both sides empty when the phrase is not in it). */
  const around = (text: string, phrase: string) => {
    const at = phrase ? text.indexOf(phrase) : -1;
    return at < 0 ? { before: "", after: "" } : { before: text.slice(0, at), after: text.slice(at + phrase.length) };
  };
  const apply = (text: string, phrase: string) => setParts(patchParts(draft, { content: around(text, phrase) }));
  // A sentence cited after the blank was typed: place the blank in it.
  useEffect(() => {
    if (source && blank && !c.before && !c.after && source.text.includes(blank)) apply(source.text, blank);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a newly cited sentence or blank re-places the blank; edits to before/after must not
  }, [source?.id, blank]);
  // One update for the key and the sentence around the blank: each update replaces both from this render's draft.
  const setBlank = (phrase: string) =>
    setParts(
      patchParts(draft, {
        answerKey: { accepted: [phrase, ...accepted.slice(1)].filter((x, i) => i === 0 || x) },
        content: source ? around(source.text, phrase) : {},
      }),
    );

  return (
    <div className="space-y-4">
      {cited.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-3 text-sm text-slate-700">
          Click a sentence in the essay to cite it; the blank goes inside that sentence.
        </p>
      ) : (
        <div>
          <p className="text-sm font-medium text-slate-800">
            Sentence with the blank ({source ? passageLabel(source) : ""})
          </p>
          <p className="mt-1 rounded-lg bg-slate-50 p-3 font-serif" data-testid="cloze-preview">
            {c.before || c.after ? (
              <>
                {c.before}
                <span className="mx-1 inline-block min-w-16 border-b-2 border-brand-600 bg-brand-50 px-1 text-center font-sans text-sm">
                  {blank || "____"}
                </span>
                {c.after}
              </>
            ) : (
              source?.text
            )}
          </p>
          {cited.length > 1 && (
            <label className="mt-2 block text-sm">
              <span className="text-slate-800">Use cited sentence </span>
              <select
                value={source?.id}
                onChange={(e) => {
                  const p = passages.get(e.target.value);
                  if (p) apply(p.text, blank);
                }}
                className="rounded-md border border-slate-300 bg-white px-2 py-1"
              >
                {cited.map((p) => (
                  <option key={p.id} value={p.id}>
                    {passageLabel(p)}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      )}
      <TextInput
        id="cloze-blank"
        label="Word or phrase to blank out"
        hint="Type it exactly as it appears in the sentence."
        value={blank}
        onChange={setBlank}
        error={notFound ? "That word or phrase is not in the cited sentence." : errorAt(errors, "answerKey.accepted")}
      />
      <FieldError id="cloze-text-error" error={errorAt(errors, "content")} />
      <TextArea
        id="cloze-alternatives"
        label="Other accepted answers (one per line)"
        rows={2}
        value={accepted.slice(1).join("\n")}
        onChange={(s) => setParts(patchParts(draft, { answerKey: { accepted: [blank, ...s.split("\n")] } }))}
      />
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input
          type="checkbox"
          checked={Boolean(draft.answerKey.caseSensitive)}
          onChange={(e) => setParts(patchParts(draft, { answerKey: { caseSensitive: e.target.checked } }))}
          className="h-4 w-4 accent-brand-600"
        />
        Capitals must match
      </label>
    </div>
  );
}
