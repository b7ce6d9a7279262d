"use client";
import { useActionState } from "react";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { initialActionState, type ActionState } from "@/lib/actions/action-state";
import { keepInputOnSubmit } from "./form-state";

export function JoinForm({
  action,
  code,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  code?: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form onSubmit={keepInputOnSubmit(formAction)} className="space-y-4" noValidate>
      {state.message && <Alert tone="error">{state.message}</Alert>}
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
          error={state.fieldErrors?.code}
        />
      )}
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? "Joining…" : "Join class"}
      </Button>
    </form>
  );
}
