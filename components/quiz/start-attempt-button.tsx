"use client";
import { useActionState } from "react";
import { initialActionState, type ActionState } from "@/lib/actions/action-state";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

export function StartAttemptButton({
  action,
  label,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  label: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="space-y-3">
      {state.message && <Alert tone="error">{state.message}</Alert>}
      <Button type="submit" disabled={pending}>
        {pending ? "Starting…" : label}
      </Button>
    </form>
  );
}
