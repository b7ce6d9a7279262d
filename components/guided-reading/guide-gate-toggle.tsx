"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/action-state";

type Props = {
  student: { id: string; name: string };
  /** the gate is off for this student: the whole essay is open to them */
  off: boolean;
  /** setGuidedGateAction bound to the assignment, the student and the new state */
  turnOff: (prev: ActionState) => Promise<ActionState>;
  turnOn: (prev: ActionState) => Promise<ActionState>;
};

/**
 * Guided reading's gate for one student, on the assignment page: open the whole essay to them (a student who is
 * stuck, or reads with a helper), or guide them again. Either way can be undone with the same button, so no confirm.
 */
export function GuideGateToggle({ student, off, turnOff, turnOn }: Props) {
  const [state, action, pending] = useActionState(off ? turnOn : turnOff, { ok: false });
  return (
    <form action={action} className="inline-flex items-center gap-2">
      {off && <span className="text-xs font-semibold text-sky-800">Whole essay open</span>}
      <button
        type="submit"
        disabled={pending}
        aria-label={off ? `Guide ${student.name} section by section again` : `Open the whole essay to ${student.name}`}
        className="min-h-10 rounded-lg px-2 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60"
      >
        {pending ? "Saving…" : off ? "Guide again" : "Open whole essay"}
      </button>
      {!state.ok && state.message && (
        <span role="alert" className="text-sm text-red-700">
          {state.message}
        </span>
      )}
    </form>
  );
}
