"use client";
import { useActionState, useEffect, useState } from "react";
import { initialActionState, type ActionState } from "@/lib/actions/action-state";
import { keepInputOnSubmit } from "../ui/keep-input-on-submit";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { setUtcFromLocalInputs, toLocalInput } from "@/lib/time/local-input";

type Props = {
  student: { id: string; name: string };
  extension: { closesAt: string | null; extraMinutes: number; extraAttempts: number } | null;
  /** the assignment has a time limit (extra minutes mean something) */
  timed: boolean;
  save: (prev: ActionState, form: FormData) => Promise<ActionState>;
  remove: (prev: ActionState) => Promise<ActionState>;
};

/** One student's extension on an assignment: a closing time of their own, extra minutes, extra attempts. */
export function ExtensionEditor({ student, extension, timed, save, remove }: Props) {
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(async (prev: ActionState, form: FormData) => {
    return save(prev, setUtcFromLocalInputs(form, ["closesAt"]));
  }, initialActionState);
  const [removed, removeAction, removing] = useActionState(remove, { ok: false });
  useEffect(() => {
    if (state.ok || removed.ok) setOpen(false);
  }, [state, removed]);
  const fe = state.fieldErrors ?? {};
  const id = `ext-${student.id}`;
  if (!open)
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-expanded={false}
        className="rounded-lg px-2 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50"
        aria-label={`${extension ? "Change the extension of" : "Give an extension to"} ${student.name}`}
      >
        {extension ? "Change" : "Extend"}
      </button>
    );
  return (
    <div
      className="w-full rounded-lg border border-slate-300 bg-slate-50 p-3"
      role="group"
      aria-label={`Extension for ${student.name}`}
    >
      <form onSubmit={keepInputOnSubmit(formAction)} noValidate className="space-y-3">
        {/* a field's own error shows beside it; the alert is for what belongs to no one field */}
        {state.message && !state.ok && Object.keys(fe).length === 0 && <Alert tone="error">{state.message}</Alert>}
        <div className="grid gap-3 sm:grid-cols-2">
          <Field
            id={`${id}-closes`}
            autoFocus
            label={`Closes at for ${student.name}`}
            name="closesAtLocal"
            type="datetime-local"
            defaultValue={toLocalInput(extension?.closesAt ?? null)}
            hint="Empty: the assignment's own closing time."
            error={fe.closesAt}
          />
          {timed && (
            <Field
              id={`${id}-minutes`}
              label="Extra minutes on the time limit"
              name="extraMinutes"
              type="number"
              min={0}
              max={600}
              defaultValue={extension?.extraMinutes || ""}
              error={fe.extraMinutes}
            />
          )}
          <Field
            id={`${id}-attempts`}
            label="Extra attempts"
            name="extraAttempts"
            type="number"
            min={0}
            max={10}
            defaultValue={extension?.extraAttempts || ""}
            error={fe.extraAttempts}
          />
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={pending} className="min-h-9 px-3 py-1">
            {pending ? "Saving…" : "Save extension"}
          </Button>
          <Button type="button" variant="secondary" className="min-h-9 px-3 py-1" onClick={() => setOpen(false)}>
            Cancel
          </Button>
        </div>
      </form>
      {extension && (
        <form action={removeAction} className="mt-2">
          <button
            type="submit"
            disabled={removing}
            className="rounded-lg px-2 py-1 text-sm font-semibold text-red-800 hover:bg-red-50"
          >
            {removing ? "Removing…" : "Remove the extension"}
          </button>
          {removed.message && !removed.ok && <Alert tone="error">{removed.message}</Alert>}
        </form>
      )}
    </div>
  );
}
