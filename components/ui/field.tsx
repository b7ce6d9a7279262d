import type { InputHTMLAttributes, ReactNode } from "react";
import { TextInput, type ControlOptions } from "./input";

/** A labelled input with its hint and error wired to aria-describedby. */
export function Field({
  label,
  name,
  error,
  hint,
  announce,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, "className" | "width"> &
  Omit<ControlOptions, "invalid"> & {
    label: string;
    name: string;
    error?: string;
    hint?: ReactNode;
    /** Announce the error as it appears (role="alert"): for a form that shows it only here, with no alert above. */
    announce?: boolean;
  }) {
  const id = input.id ?? `f-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <TextInput id={id} name={name} invalid={Boolean(error)} aria-describedby={describedBy} {...input} />
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role={announce ? "alert" : undefined} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
