"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { initialActionState, type ActionState } from "@/lib/actions/action-state";

const TIMERS = [
  ["0", "No time limit"],
  ["10", "10 seconds"],
  ["20", "20 seconds"],
  ["30", "30 seconds"],
  ["45", "45 seconds"],
  ["60", "1 minute"],
  ["90", "1½ minutes"],
  ["120", "2 minutes"],
] as const;

export function StartLiveForm({
  assignmentId,
  action,
}: {
  assignmentId: string;
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="space-y-4">
      {state.message && <Alert tone="error">{state.message}</Alert>}
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <div className="space-y-1">
        <label htmlFor="live-timer" className="block text-sm font-medium text-slate-800">
          Time to answer each question
        </label>
        <Select look="plain" id="live-timer" name="timer" defaultValue="30" className="max-w-xs">
          {TIMERS.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </Select>
        <p className="text-sm text-slate-600">
          Late answers are refused. With no limit, the question stays open until you reveal the answer.
        </p>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Starting…" : "Start live session"}
      </Button>
    </form>
  );
}
