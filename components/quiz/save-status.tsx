import type { QState } from "./use-autosave";

const text = {
  idle: "",
  saving: "Saving…",
  saved: "Saved",
  retrying: "Couldn't save — retrying",
  error: "Not saved",
} as const;
const tone = {
  idle: "text-slate-600",
  saving: "text-slate-700",
  saved: "text-emerald-800",
  retrying: "text-amber-900",
  error: "text-red-700",
} as const;

/** The whole quiz's save state, announced politely to screen readers. */
export function SaveStatus({ overall }: { overall: keyof typeof text }) {
  return (
    <p role="status" aria-live="polite" data-testid="save-status" className={`text-sm font-semibold ${tone[overall]}`}>
      {overall === "retrying" && <span aria-hidden="true">⚠ </span>}
      {overall === "saved" && <span aria-hidden="true">✓ </span>}
      {text[overall]}
    </p>
  );
}

/** One question's save state, shown under its answer. */
export function QuestionSaveState({ s }: { s?: QState }) {
  if (!s) return null;
  if (s.state === "error")
    return <p className="mt-2 text-sm font-medium text-red-700">{s.message ?? "This answer could not be saved."}</p>;
  const label = s.state === "saved" ? "Saved" : s.state === "retrying" ? "Couldn't save — retrying" : "Saving…";
  return <p className="mt-2 text-xs text-slate-600">{label}</p>;
}
