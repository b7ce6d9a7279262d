"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionState } from "@/lib/actions/action-state";
import { oneFieldMessage } from "@/lib/actions/one-field-message";
import { keepInputOnSubmit } from "../ui/keep-input-on-submit";

/** Big, phone-friendly code entry (numeric keypad). `code` is the one a QR link brought; what the student types
 *  stays after a refusal (keepInputOnSubmit). */
export function JoinCodeForm({
  action,
  initial,
  code,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  initial: ActionState;
  code?: string;
}) {
  const [state, formAction, pending] = useActionState(action, initial);
  const { alert, fieldError } = oneFieldMessage(state, "code");
  return (
    <form onSubmit={keepInputOnSubmit(formAction)} className="space-y-4" noValidate>
      {alert && <Alert tone="error">{alert}</Alert>}
      <Field
        label="Join code"
        name="code"
        inputMode="numeric"
        autoComplete="off"
        placeholder="123 456"
        maxLength={9}
        required
        defaultValue={code ?? ""}
        error={fieldError}
        announce
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
