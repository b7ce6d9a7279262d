"use client";
// A destructive action behind a confirmation step: the first click asks, the second does it.
import { useActionState, useEffect, useRef, useState } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { Alert } from "../ui/alert";
import { Button, buttonClass } from "../ui/button";

type Props = {
  action: (prev: ActionState) => Promise<ActionState>;
  label: string;
  /** accessible name when the visible label is short ("Delete" → "Delete question 3") */
  ariaLabel?: string;
  question: string;
  confirmLabel: string;
  small?: boolean;
  /** the confirm button's label while the action runs */
  pendingLabel?: string;
  /** a plain (not red) confirm button, for actions that can be undone */
  safe?: boolean;
  /** runs once the action succeeded (this component may be about to unmount) */
  onDone?: () => void;
};

export function ConfirmAction({
  action,
  label,
  ariaLabel,
  question,
  confirmLabel,
  small,
  onDone,
  pendingLabel = "Deleting…",
  safe = false,
}: Props) {
  const [asking, setAsking] = useState(false);
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  useEffect(() => {
    if (state.ok) setAsking(false);
    if (state.ok) onDone?.();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per action result: `onDone` is an inline prop, new on every render
  }, [state]);
  const size = small ? "min-h-9 px-3 py-1" : "";
  return (
    <div className="space-y-2">
      {!asking ? (
        <Button
          type="button"
          variant="secondary"
          className={`${size} ${safe ? "" : "text-red-800"}`}
          onClick={() => setAsking(true)}
          aria-label={ariaLabel}
        >
          {label}
        </Button>
      ) : (
        <form
          action={formAction}
          className={`flex flex-wrap items-center gap-2 rounded-lg border p-2 ${safe ? "border-slate-300 bg-slate-50" : "border-red-300 bg-red-50"}`}
          role="group"
          aria-label={question}
        >
          <span className={`text-sm font-medium ${safe ? "text-slate-900" : "text-red-900"}`}>{question}</span>
          <button
            ref={confirmRef}
            type="submit"
            className={buttonClass(safe ? "primary" : "danger", size)}
            disabled={pending}
          >
            {pending ? pendingLabel : confirmLabel}
          </button>
          <Button type="button" variant="secondary" className={size} onClick={() => setAsking(false)}>
            Cancel
          </Button>
        </form>
      )}
      {state.message && !state.ok && <Alert tone="error">{state.message}</Alert>}
    </div>
  );
}
