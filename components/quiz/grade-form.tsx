"use client";
import { useActionState, useId, useRef, useState, useTransition } from "react";
import { initialActionState, type ActionState } from "@/lib/actions/action-state";
import { keepInputOnSubmit } from "../ui/keep-input-on-submit";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { TextArea, TextInput } from "../ui/input";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;
export type PreviousGrade = { score: number | null; feedback: string };

/**
 * Score and feedback for one answer. Keyword hits are shown as a hint beside it, never filled in. A saved grade
 * can be undone (back to the grade it replaced, or to ungraded) from the message that confirms it.
 */
export function GradeForm({
  action,
  undo,
  max,
  score,
  feedback,
  student,
}: {
  action: Action;
  undo: (previous: PreviousGrade) => Promise<ActionState>;
  max: number;
  score: number | null;
  feedback: string;
  student: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [previous, setPrevious] = useState<PreviousGrade | null>(null);
  const [undone, setUndone] = useState<ActionState | null>(null);
  const [undoing, startUndo] = useTransition();
  const submit = keepInputOnSubmit(formAction);

  const undoSave = () =>
    startUndo(async () => {
      const before = previous;
      if (!before) return;
      const r = await undo(before);
      setUndone(r);
      if (!r.ok || !form.current) return;
      // The fields are uncontrolled: put back what the undone save replaced.
      (form.current.elements.namedItem("score") as HTMLInputElement).value =
        before.score === null ? "" : String(before.score);
      (form.current.elements.namedItem("feedback") as HTMLTextAreaElement).value = before.feedback;
      setPrevious(null);
    });

  return (
    <form
      ref={form}
      onSubmit={(e) => {
        setPrevious({ score, feedback });
        setUndone(null);
        submit(e);
      }}
      className="space-y-3"
      noValidate
    >
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
      <div aria-live="polite">
        {undone ? (
          undone.message && <Alert tone={undone.ok ? "success" : "error"}>{undone.message}</Alert>
        ) : state.ok && previous ? (
          <Alert tone="success">
            <span className="flex flex-wrap items-center gap-x-3">
              {state.message}
              <button
                type="button"
                onClick={undoSave}
                disabled={undoing}
                className="font-semibold text-emerald-900 underline"
              >
                {undoing ? "Undoing…" : `Undo grade for ${student}`}
              </button>
            </span>
          </Alert>
        ) : (
          state.message && <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert>
        )}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save grade"}
      </Button>
    </form>
  );
}
