"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { JoinState } from "@/lib/live/types";

/** Big, phone-friendly code entry (numeric keypad). */
export function JoinCodeForm({ action, initial }: { action: (prev: JoinState, form: FormData) => Promise<JoinState>; initial: JoinState }) {
  const [state, formAction, pending] = useActionState(action, initial);
  return (
    <form action={formAction} className="space-y-4">
      {state.message && <Alert tone="error">{state.message}</Alert>}
      <Field
        label="Join code"
        name="code"
        inputMode="numeric"
        autoComplete="off"
        placeholder="123 456"
        maxLength={9}
        required
        defaultValue={state.code ?? ""}
        error={state.fieldErrors?.code}
        hint="The six digits on the screen at the front of the room."
        large
        className="text-center font-mono tracking-widest"
      />
      <Button type="submit" className="w-full py-3 text-base" disabled={pending}>
        {pending ? "Joining…" : "Join"}
      </Button>
    </form>
  );
}
