"use client";
import { useActionState } from "react";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { initialActionState, type ActionState } from "@/lib/actions/action-state";
import { keepInputOnSubmit } from "../ui/keep-input-on-submit";

export function CreateClassForm({ action }: { action: (prev: ActionState, form: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form onSubmit={keepInputOnSubmit(formAction)} className="flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
      <div className="flex-1">
        <Field
          label="Class name"
          name="name"
          required
          maxLength={120}
          placeholder="e.g. Global Politics, period 3"
          error={state.fieldErrors?.name}
        />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create class"}
      </Button>
      {state.message && !state.fieldErrors && <Alert tone="error">{state.message}</Alert>}
    </form>
  );
}
