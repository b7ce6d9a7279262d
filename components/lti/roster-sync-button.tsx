"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { initialActionState } from "@/lib/actions/action-state";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

/** "Sync roster from <LMS>": reads the course's members from the LMS and shows what changed, or why it could not. */
export function RosterSyncButton({
  lmsName,
  action,
}: {
  lmsName: string;
  action: (prev: ActionState) => Promise<ActionState>;
}) {
  const [state, run, pending] = useActionState(action, initialActionState);
  return (
    <form action={run} className="space-y-2">
      <Button type="submit" variant="secondary" disabled={pending} className="w-full sm:w-auto">
        {pending ? `Syncing from ${lmsName}…` : `Sync roster from ${lmsName}`}
      </Button>
      {!pending && state.message && <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert>}
    </form>
  );
}
