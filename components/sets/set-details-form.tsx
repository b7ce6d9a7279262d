"use client";
// Title, description and essays of a set: used to create a set and to edit one.
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { TextArea } from "../ui/input";

type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  essays: { id: string; title: string; builtIn: boolean }[];
  initial?: { title: string; description: string; essayIds: string[] };
  submitLabel: string;
  pendingLabel: string;
};

export function SetDetailsForm({ action, essays, initial, submitLabel, pendingLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const fe = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.message && <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert>}
      <Field label="Title" name="title" defaultValue={initial?.title} required maxLength={200} error={fe.title} />
      <div className="space-y-1">
        <label htmlFor="f-description" className="block text-sm font-medium text-slate-800">
          Description (optional)
        </label>
        <TextArea id="f-description" name="description" rows={2} defaultValue={initial?.description} />
        {fe.description && <p className="text-sm font-medium text-red-700">{fe.description}</p>}
      </div>
      <fieldset aria-describedby={fe.essayIds ? "essays-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">Essays the questions are drawn from</legend>
        <ul className="mt-2 grid gap-2 sm:grid-cols-2">
          {essays.map((e) => (
            <li key={e.id}>
              <label className="flex min-h-11 cursor-pointer items-start gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                <input
                  type="checkbox"
                  name="essayIds"
                  value={e.id}
                  defaultChecked={initial ? initial.essayIds.includes(e.id) : e.builtIn}
                  className="mt-1 h-4 w-4 accent-brand-600"
                />
                <span>
                  {e.title}
                  {!e.builtIn && <span className="block text-xs text-slate-600">Imported by you</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {fe.essayIds && (
          <p id="essays-error" className="mt-1 text-sm font-medium text-red-700">
            {fe.essayIds}
          </p>
        )}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}
