"use client";
import { useActionState } from "react";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { initialActionState, type ActionState } from "@/lib/actions/action-state";
import { oneFieldMessage } from "@/lib/actions/one-field-message";
import { keepInputOnSubmit } from "../ui/keep-input-on-submit";

export function JoinForm({
  action,
  code,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  code?: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const { alert, fieldError } = oneFieldMessage(state, "code", !code);
  return (
    <form onSubmit={keepInputOnSubmit(formAction)} className="space-y-4" noValidate>
      {alert && <Alert tone="error">{alert}</Alert>}
      {code ? (
        <input type="hidden" name="code" value={code} />
      ) : (
        <Field
          label="Join code"
          name="code"
          required
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={12}
          hint="Six letters and digits, from your instructor."
          error={fieldError}
          announce
        />
      )}
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? "Joining…" : "Join class"}
      </Button>
    </form>
  );
}
