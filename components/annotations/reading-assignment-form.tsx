"use client";
import { useActionState, useEffect, useState } from "react";
import { setUtcFromLocalInputs } from "@/lib/time/local-input";
import { initialActionState, type ActionState } from "@/lib/actions/action-state";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { Select } from "../ui/input";
import { keepInputOnSubmit } from "../ui/keep-input-on-submit";

const box = "mt-1 h-4 w-4 accent-brand-600";

/**
 * A "read and annotate" assignment: the essay, a due date, what students are expected to do, and an optional
 * participation score. Dates are typed in the instructor's time zone and sent as UTC.
 */
export function ReadingAssignmentForm({
  readings,
  action,
}: {
  readings: { value: string; label: string }[];
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
}) {
  const [zone, setZone] = useState<string | null>(null);
  useEffect(() => setZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  const [state, formAction, pending] = useActionState(async (prev: ActionState, form: FormData) => {
    return action(prev, setUtcFromLocalInputs(form, ["opensAt", "closesAt"]));
  }, initialActionState);
  const fe = state.fieldErrors ?? {};
  return (
    <form onSubmit={keepInputOnSubmit(formAction)} className="space-y-5" noValidate aria-label="Read and annotate">
      {state.message && <Alert tone="error">{state.message}</Alert>}
      <div className="space-y-1">
        <label htmlFor="f-reading" className="block text-sm font-medium text-slate-800">
          Essay to read
        </label>
        <Select
          id="f-reading"
          name="reading"
          required
          aria-invalid={fe.reading ? true : undefined}
          aria-describedby={fe.reading ? "f-reading-error" : undefined}
        >
          {readings.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </Select>
        {fe.reading && (
          <p id="f-reading-error" className="text-sm font-medium text-red-700">
            {fe.reading}
          </p>
        )}
      </div>
      <Field
        id="f-reading-title"
        label="Name of this reading (optional)"
        name="title"
        maxLength={160}
        hint="Empty: “Read and annotate: ” and the essay's title."
        error={fe.title}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="f-reading-opens"
          label="Readable from (optional)"
          name="opensAtLocal"
          type="datetime-local"
          hint="Empty: open now."
          error={fe.opensAt}
        />
        <Field
          id="f-reading-due"
          label="Due"
          name="closesAtLocal"
          type="datetime-local"
          required
          error={fe.closesAt}
          hint={zone ? `Your time zone (${zone}).` : undefined}
        />
      </div>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-medium text-slate-800">Expectation</legend>
        <Field
          id="f-min-annotations"
          label="At least … annotations"
          name="minAnnotations"
          type="number"
          min={1}
          max={50}
          defaultValue={3}
          required
          error={fe.minAnnotations}
        />
        <Field
          id="f-min-paragraphs"
          label="spread over … paragraphs"
          name="minParagraphs"
          type="number"
          min={1}
          max={50}
          defaultValue={2}
          required
          error={fe.minParagraphs}
        />
        <Field
          id="f-min-replies"
          label="and … replies"
          name="minReplies"
          type="number"
          min={0}
          max={50}
          defaultValue={0}
          required
          error={fe.minReplies}
        />
      </fieldset>
      <Field
        id="f-points"
        label="Participation points (optional)"
        name="points"
        type="number"
        min={0.5}
        max={1000}
        step={0.5}
        hint="Students see the rule: full points for meeting the expectation, otherwise a share of each part done. Empty: no score."
        error={fe.points}
      />
      <div className="grid gap-2 sm:grid-cols-2">
        <label className="flex items-start gap-3 rounded-lg border border-slate-200 bg-white px-3 py-2">
          <input type="checkbox" name="peersAfterAnswer" defaultChecked className={box} />
          <span className="text-sm">
            <span className="block font-medium text-slate-800">Annotate first</span>
            <span className="block text-slate-600">Students see classmates&rsquo; annotations after making one.</span>
          </span>
        </label>
        <label className="flex items-start gap-3 rounded-lg border border-slate-200 bg-white px-3 py-2">
          <input type="checkbox" name="anonymous" className={box} />
          <span className="text-sm">
            <span className="block font-medium text-slate-800">Anonymous to classmates</span>
            <span className="block text-slate-600">Students see “Classmate 1”, “Classmate 2”; you see names.</span>
          </span>
        </label>
      </div>
      <Button type="submit" disabled={pending || readings.length === 0}>
        {pending ? "Creating…" : "Assign the reading"}
      </Button>
    </form>
  );
}
