"use client";
import { useActionState } from "react";
import { initialFormState, type FormState } from "../classes/form-state";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

export function StartAttemptButton({ action, label }: { action: (prev: FormState, form: FormData) => Promise<FormState>; label: string }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3">
      {state.message && <Alert tone="error">{state.message}</Alert>}
      <Button type="submit" disabled={pending}>
        {pending ? "Starting…" : label}
      </Button>
    </form>
  );
}
