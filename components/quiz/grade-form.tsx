"use client";
import { useActionState, useId } from "react";
import { initialActionState, type ActionState } from "@/lib/actions/action-state";
import { keepInputOnSubmit } from "../classes/form-state";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { TextArea, TextInput } from "../ui/input";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

/** Score and feedback for one answer. Keyword hits are shown as a hint beside it, never filled in. */
export function GradeForm({
  action,
  max,
  score,
  feedback,
  student,
}: {
  action: Action;
  max: number;
  score: number | null;
  feedback: string;
  student: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const id = useId();
  return (
    <form onSubmit={keepInputOnSubmit(formAction)} className="space-y-3" noValidate>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={`${id}-score`} className="block text-sm font-medium text-slate-800">
            Score for {student} (out of {max})
          </label>
          <TextInput
            id={`${id}-score`}
            name="score"
            type="number"
            min={0}
            max={max}
            step={0.5}
            defaultValue={score ?? ""}
            aria-invalid={state.fieldErrors?.score ? true : undefined}
            width="w-28"
            className="mt-1"
          />
        </div>
      </div>
      <div>
        <label htmlFor={`${id}-fb`} className="block text-sm font-medium text-slate-800">
          Feedback for {student}
        </label>
        <TextArea id={`${id}-fb`} name="feedback" rows={3} defaultValue={feedback} maxLength={5000} className="mt-1" />
      </div>
      {state.message && <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert>}
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save grade"}
      </Button>
    </form>
  );
}
