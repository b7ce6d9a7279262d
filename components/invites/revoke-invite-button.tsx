"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

/** Withdraws one unused invitation; its link stops working at once. */
export function RevokeInviteButton({
  action,
  label,
}: {
  action: (prev: ActionState) => Promise<ActionState>;
  label: string;
}) {
  const [state, formAction, pending] = useActionState<ActionState>(action, { ok: false });
  return (
    <form action={formAction}>
      <Button type="submit" variant="ghost" className="text-red-700" disabled={pending} aria-label={label}>
        {pending ? "Withdrawing…" : "Withdraw"}
      </Button>
      {state.message && !state.ok && <Alert tone="error">{state.message}</Alert>}
    </form>
  );
}
