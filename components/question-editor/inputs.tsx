// Labelled inputs for the question editor: the error is shown under the field and wired to aria-describedby.
import type { ReactNode } from "react";
import { TextArea as Area, TextInput as Input } from "../ui/input";

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-700">
      {error}
    </p>
  );
}

type Common = {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  hint?: ReactNode;
};

/** Label, hint and error around one control; `control` receives whether it is invalid and its aria-describedby. */
function Labelled({
  id,
  label,
  error,
  hint,
  className,
  control,
}: Omit<Common, "value" | "onChange"> & {
  className?: string;
  control: (aria: { invalid: boolean; "aria-describedby"?: string }) => ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mb-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {control({
        invalid: Boolean(error),
        "aria-describedby":
          [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined,
      })}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

export function TextArea({ id, label, value, onChange, error, hint, rows = 3 }: Common & { rows?: number }) {
  return (
    <Labelled
      id={id}
      label={label}
      error={error}
      hint={hint}
      control={(aria) => (
        <Area id={id} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} {...aria} />
      )}
    />
  );
}

export function TextInput({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  type = "text",
  className = "",
  ...rest
}: Common & {
  type?: string;
  className?: string;
  min?: number;
  max?: number;
  step?: number | string;
  inputMode?: "decimal" | "numeric";
}) {
  return (
    <Labelled
      id={id}
      label={label}
      error={error}
      hint={hint}
      className={className}
      control={(aria) => (
        <Input id={id} type={type} value={value} onChange={(e) => onChange(e.target.value)} {...aria} {...rest} />
      )}
    />
  );
}

export const smallButton =
  "rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40";
