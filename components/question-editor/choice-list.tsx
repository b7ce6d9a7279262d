"use client";
// An editable list of choices / items / stances: text, optional correct mark, add, remove, move up/down.
import type { Choice } from "./draft";
import { newId } from "./draft";
import { FieldError, smallButton } from "./inputs";

type Props = {
  idPrefix: string;
  legend: string;
  noun: string;
  items: Choice[];
  onChange: (items: Choice[]) => void;
  /** "radio": one correct; "checkbox": several; none: no marks (ordering, stances) */
  mark?: "radio" | "checkbox";
  marked?: string[];
  onMark?: (ids: string[]) => void;
  reorder?: boolean;
  min: number;
  max: number;
  /** the editor's errors and the path of this list in them ("content.choices") */
  errors: Record<string, string>;
  path: string;
  markError?: string;
  /** blank rows are left out of the question (so four empty choice slots do not force four choices) */
  dropBlank?: boolean;
};

export function ChoiceList({
  idPrefix,
  legend,
  noun,
  items,
  onChange,
  mark,
  marked = [],
  onMark,
  reorder,
  min,
  max,
  errors,
  path,
  markError,
  dropBlank,
}: Props) {
  // Index of each row in the submitted list (blank rows are skipped when dropBlank), to find its error.
  let n = 0;
  const inputIndex = items.map((c) => (dropBlank && !c.text.trim() ? -1 : n++));
  const rowError = (i: number) => (inputIndex[i]! >= 0 ? errors[`${path}.${inputIndex[i]}.text`] : undefined);
  const rowErrors = items.map((_, i) => rowError(i)).filter(Boolean);
  // A row's own problem ("cannot be empty") says more than the list's ("two choices have the same text").
  const error = rowErrors[0] ?? errors[path] ?? Object.entries(errors).find(([k]) => k.startsWith(`${path}.`))?.[1];
  const set = (i: number, text: string) => onChange(items.map((c, j) => (j === i ? { ...c, text } : c)));
  const move = (i: number, to: number) => {
    const next = [...items];
    const [x] = next.splice(i, 1);
    next.splice(to, 0, x!);
    onChange(next);
  };
  const remove = (i: number) => {
    onMark?.(marked.filter((id) => id !== items[i]!.id));
    onChange(items.filter((_, j) => j !== i));
  };
  const toggleMark = (id: string, on: boolean) =>
    onMark?.(mark === "radio" ? [id] : on ? [...marked, id] : marked.filter((x) => x !== id));
  return (
    <fieldset
      aria-describedby={
        [error ? `${idPrefix}-error` : "", markError ? `${idPrefix}-mark-error` : ""].filter(Boolean).join(" ") ||
        undefined
      }
    >
      <legend className="mb-1 text-sm font-medium text-slate-800">{legend}</legend>
      <ol className="space-y-2">
        {items.map((c, i) => (
          <li
            key={c.id}
            className="flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-slate-50 p-2 sm:flex-nowrap"
          >
            <span className="w-5 text-sm font-bold text-slate-600">
              {reorder ? `${i + 1}.` : String.fromCharCode(65 + i)}
            </span>
            <label htmlFor={`${idPrefix}-${c.id}`} className="sr-only">
              {`${noun} ${i + 1}`}
            </label>
            {/* A textarea that grows with its text: a long ordering item or choice was cut off in a one-line
                input. Enter still does not start a new line (an item is one line of text). */}
            <textarea
              id={`${idPrefix}-${c.id}`}
              rows={1}
              value={c.text}
              onChange={(e) => set(i, e.target.value.replace(/\n/g, " "))}
              onKeyDown={(e) => {
                if (e.key === "Enter") e.preventDefault();
              }}
              aria-invalid={rowError(i) ? true : undefined}
              placeholder={dropBlank ? "Leave empty to leave out" : undefined}
              className={`min-w-0 flex-1 basis-40 resize-none rounded-md border bg-white px-2 py-1.5 text-base [field-sizing:content] ${rowError(i) ? "border-red-600" : "border-slate-300"}`}
            />
            {mark && (
              <label className="flex items-center gap-1 text-sm text-slate-800">
                <input
                  type={mark}
                  name={`${idPrefix}-correct`}
                  checked={marked.includes(c.id)}
                  onChange={(e) => toggleMark(c.id, e.target.checked)}
                  className="h-4 w-4 accent-brand-600"
                  aria-label={`${noun} ${i + 1} is correct`}
                />
                Correct
              </label>
            )}
            {reorder && (
              <>
                <button
                  type="button"
                  className={smallButton}
                  disabled={i === 0}
                  onClick={() => move(i, i - 1)}
                  aria-label={`Move ${noun.toLowerCase()} ${i + 1} up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className={smallButton}
                  disabled={i === items.length - 1}
                  onClick={() => move(i, i + 1)}
                  aria-label={`Move ${noun.toLowerCase()} ${i + 1} down`}
                >
                  ↓
                </button>
              </>
            )}
            <button
              type="button"
              className={smallButton}
              disabled={items.length <= min}
              onClick={() => remove(i)}
              aria-label={`Remove ${noun.toLowerCase()} ${i + 1}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className={`${smallButton} mt-2`}
        disabled={items.length >= max}
        onClick={() => onChange([...items, { id: newId(), text: "" }])}
      >
        Add {noun.toLowerCase()}
      </button>
      <FieldError id={`${idPrefix}-error`} error={error} />
      <FieldError id={`${idPrefix}-mark-error`} error={markError} />
    </fieldset>
  );
}
