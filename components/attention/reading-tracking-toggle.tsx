"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/action-state";

type Props = {
  on: boolean;
  /** setReadingTrackingAction bound to the assignment and the new state */
  turnOn: (prev: ActionState) => Promise<ActionState>;
  turnOff: (prev: ActionState) => Promise<ActionState>;
};

/**
 * "Where attention went" on the assignment page: off until the instructor turns it on. Students are told on the
 * reading page while it is on; either way can be undone with the same button, so no confirm.
 */
export function ReadingTrackingToggle({ on, turnOn, turnOff }: Props) {
  const [state, action, pending] = useActionState(on ? turnOff : turnOn, { ok: false });
  return (
    <section aria-labelledby="tracking-h" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="tracking-h" className="font-bold">
        Where attention went
      </h2>
      <p className="mt-1 text-sm text-slate-700" data-testid="tracking-state">
        {on
          ? "On: the reading page records how long each paragraph is on a student’s screen and whether they reach the end. Students are told so above the essay and can see their own record. The figures are in the report."
          : "Off: nothing about reading is recorded. Turn it on to see, in the report, how long students spent on each paragraph and who never opened the reading. Students are told on the reading page."}
      </p>
      <form action={action} className="mt-3 flex flex-wrap items-center gap-2">
        <button
          type="submit"
          disabled={pending}
          className="min-h-10 rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60"
        >
          {pending ? "Saving…" : on ? "Stop recording reading time" : "Record reading time"}
        </button>
        {!state.ok && state.message && (
          <span role="alert" className="text-sm text-red-700">
            {state.message}
          </span>
        )}
      </form>
    </section>
  );
}
