import type { InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

/**
 * "boxed": the app's form control (soft shadow, brand focus ring). "plain": no shadow and the browser's own
 * focus outline, kept where a form used it so far (the draft review, the question type, the live timer).
 */
type Look = "boxed" | "plain";
const looks: Record<Look, string> = {
  boxed: "shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100",
  plain: "",
};

export type ControlOptions = {
  look?: Look;
  /** Red border: pair it with aria-invalid and an error message wired through aria-describedby. */
  invalid?: boolean;
  /** Width utility; full width unless a field is meant to be short. */
  width?: string;
  /** Taller, with 3xl type: a code typed from the projector. */
  large?: boolean;
  /** Anything else (margins, fonts). */
  className?: string;
};

export function controlClass({
  look = "boxed",
  invalid = false,
  width = "w-full",
  large = false,
  className = "",
}: ControlOptions = {}) {
  // A valid field is `.field` (globals.css), the same look in one short class: a page of grade forms repeated
  // the whole string on every field. An invalid one keeps the utilities, so its red border stays red on focus.
  if (!invalid)
    return `field${look === "boxed" ? " field-boxed" : ""} ${width}${large ? " py-3 text-3xl" : ""} ${className}`;
  return `block ${width} rounded-lg border bg-white ${large ? "px-3 py-3 text-3xl" : "px-3 py-2 text-base"} ${looks[look]} border-red-600 ${className}`;
}

type Own<T> = Omit<T, "className" | "width"> & ControlOptions;

/** `invalid` also sets aria-invalid; a caller may still pass aria-invalid itself (a field marked without the red border). */
function split<T extends ControlOptions>({ look, invalid, width, large, className, ...props }: T) {
  return {
    className: controlClass({ look, invalid, width, large, className }),
    "aria-invalid": invalid ? (true as const) : undefined,
    ...props,
  };
}

/** A text-like input (text, number, email, date…). The caller gives it a label and its ids. */
export function TextInput(props: Own<InputHTMLAttributes<HTMLInputElement>>) {
  return <input {...split(props)} />;
}

export function TextArea(props: Own<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  return <textarea {...split(props)} />;
}

export function Select(props: Own<SelectHTMLAttributes<HTMLSelectElement>>) {
  return <select {...split(props)} />;
}

const FILE_CONTROL =
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-1.5 file:font-semibold file:text-brand-700";

/** A file picker with the app's button look (essay, question-bank and roster uploads). */
export function FileInput(props: Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "className">) {
  return <input type="file" {...props} className={FILE_CONTROL} />;
}
