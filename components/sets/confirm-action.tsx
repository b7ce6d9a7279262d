"use client";
// A destructive action behind a confirmation step: the first click asks, the second does it.
import { useActionState, useEffect, useRef, useState } from "react";
import type { ActionState } from "@/app/sets/action-result";
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
};

export function ConfirmAction({ action, label, ariaLabel, question, confirmLabel, small }: Props) {
  const [asking, setAsking] = useState(false);
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  const size = small ? "min-h-9 px-3 py-1" : "";
  return (
    <div className="space-y-2">
      {!asking ? (
        <Button type="button" variant="secondary" className={`${size} text-red-800`} onClick={() => setAsking(true)} aria-label={ariaLabel}>
          {label}
        </Button>
      ) : (
        <form action={formAction} className="flex flex-wrap items-center gap-2 rounded-lg border border-red-300 bg-red-50 p-2" role="group" aria-label={question}>
          <span className="text-sm font-medium text-red-900">{question}</span>
          <button ref={confirmRef} type="submit" className={buttonClass("danger", size)} disabled={pending}>
            {pending ? "Deleting…" : confirmLabel}
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
