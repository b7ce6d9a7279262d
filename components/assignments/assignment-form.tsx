"use client";
import { useActionState, useEffect, useState } from "react";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { initialActionState, type ActionState } from "@/lib/actions/action-state";
import { Select } from "../ui/input";
import { keepInputOnSubmit } from "../ui/keep-input-on-submit";
import { setUtcFromLocalInputs, toLocalInput } from "@/lib/time/local-input";

type SetOption = { id: string; title: string; builtIn: boolean; questions: number };
const box = "h-4 w-4 accent-brand-600";

function Check({
  name,
  label,
  hint,
  defaultChecked,
}: {
  name: string;
  label: string;
  hint?: string;
  defaultChecked?: boolean;
}) {
  return (
    <label className="flex items-start gap-3 rounded-lg border border-slate-200 bg-white px-3 py-2">
      <input type="checkbox" name={name} defaultChecked={defaultChecked} className={`mt-1 ${box}`} />
      <span>
        <span className="block text-sm font-medium text-slate-800">{label}</span>
        {hint && <span className="block text-sm text-slate-600">{hint}</span>}
      </span>
    </label>
  );
}

/** An existing assignment's settings, for the form in edit mode (dates as ISO strings, UTC). */
export type AssignmentSettings = {
  setTitle: string;
  title: string;
  opensAt: string | null;
  closesAt: string | null;
  attemptsAllowed: number;
  timeLimitMinutes: number | null;
  shuffleQuestions: boolean;
  shuffleChoices: boolean;
  revealAnswers: "AFTER_SUBMIT" | "AFTER_CLOSE" | "NEVER";
  peersAfterAnswer: boolean;
  anonymous: boolean;
  showPassages: boolean;
  onePerPage: boolean;
  guidedReading?: boolean;
};

/**
 * Assign a question set to a class, or (with `initial`) change an assignment's settings; its set and mode
 * stay. Dates are typed in the instructor's own time zone and sent as UTC.
 */
export function AssignmentForm({
  sets = [],
  initial,
  action,
}: {
  sets?: SetOption[];
  initial?: AssignmentSettings;
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
}) {
  // The stored times are shown in the browser's time zone, which the server does not know: filled in after mount.
  const [local, setLocal] = useState<{ opensAt: string; closesAt: string; zone: string } | null>(null);
  useEffect(() => {
    setLocal({
      opensAt: toLocalInput(initial?.opensAt),
      closesAt: toLocalInput(initial?.closesAt),
      zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
  }, [initial?.opensAt, initial?.closesAt]);
  const editing = initial !== undefined;
  const [state, formAction, pending] = useActionState(async (prev: ActionState, form: FormData) => {
    return action(prev, setUtcFromLocalInputs(form, ["opensAt", "closesAt"]));
  }, initialActionState);
  const fe = state.fieldErrors ?? {};
  const own = sets.filter((s) => !s.builtIn);
  const builtIn = sets.filter((s) => s.builtIn);
  const option = (s: SetOption) => (
    <option key={s.id} value={s.id}>
      {s.title} ({s.questions} question{s.questions === 1 ? "" : "s"})
    </option>
  );
  return (
    <form onSubmit={keepInputOnSubmit(formAction)} className="space-y-6" noValidate>
      {state.message && <Alert tone="error">{state.message}</Alert>}
      {editing ? (
        <p className="text-sm text-slate-700">
          Question set: <span className="font-semibold text-slate-900">{initial.setTitle}</span> (the set and the mode
          stay as they were: answers already given belong to them).
        </p>
      ) : (
        <div className="space-y-1">
          <label htmlFor="f-setId" className="block text-sm font-medium text-slate-800">
            Question set
          </label>
          <Select
            id="f-setId"
            name="setId"
            required
            aria-invalid={fe.setId ? true : undefined}
            aria-describedby={fe.setId ? "f-setId-error" : undefined}
          >
            {own.length > 0 && <optgroup label="Your sets">{own.map(option)}</optgroup>}
            {builtIn.length > 0 && <optgroup label="Built-in sets">{builtIn.map(option)}</optgroup>}
          </Select>
          {fe.setId && (
            <p id="f-setId-error" className="text-sm font-medium text-red-700">
              {fe.setId}
            </p>
          )}
        </div>
      )}
      <Field
        label="Title (optional)"
        name="title"
        maxLength={160}
        defaultValue={initial?.title}
        hint="Leave empty to use the set's title."
        error={fe.title}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        {/* keyed so the stored times appear once the browser's time zone is known */}
        <Field
          key={`o-${local ? 1 : 0}`}
          label="Opens at (optional)"
          name="opensAtLocal"
          type="datetime-local"
          defaultValue={local?.opensAt}
          hint="Empty: open now."
          error={fe.opensAt}
        />
        <Field
          key={`c-${local ? 1 : 0}`}
          label="Closes at (optional)"
          name="closesAtLocal"
          type="datetime-local"
          defaultValue={local?.closesAt}
          hint={
            editing
              ? "Empty: no deadline. A time in the past closes it now; a later one reopens it."
              : "Empty: no deadline."
          }
          error={fe.closesAt}
        />
        <Field
          label="Attempts allowed"
          name="attemptsAllowed"
          type="number"
          min={1}
          max={20}
          defaultValue={initial?.attemptsAllowed ?? 1}
          required
          error={fe.attemptsAllowed}
        />
        <Field
          label="Time limit in minutes (optional)"
          name="timeLimitMinutes"
          type="number"
          min={1}
          max={600}
          defaultValue={initial?.timeLimitMinutes ?? undefined}
          hint="Counted from when the student starts."
          error={fe.timeLimitMinutes}
        />
      </div>
      {local && <p className="-mt-3 text-sm text-slate-600">Times are in your time zone ({local.zone}).</p>}
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-800">Show correct answers and explanations</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {[
            { v: "AFTER_SUBMIT", l: "After the student submits" },
            { v: "AFTER_CLOSE", l: "After the assignment closes" },
            { v: "NEVER", l: "Never (score only)" },
          ].map((o) => (
            <label
              key={o.v}
              className="flex items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
            >
              <input
                type="radio"
                name="revealAnswers"
                value={o.v}
                defaultChecked={o.v === (initial?.revealAnswers ?? "AFTER_SUBMIT")}
                className={box}
              />
              <span className="text-sm">{o.l}</span>
            </label>
          ))}
        </div>
        {fe.revealAnswers && <p className="mt-1 text-sm font-medium text-red-700">{fe.revealAnswers}</p>}
      </fieldset>
      <fieldset className="grid gap-2 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-medium text-slate-800">Options</legend>
        <Check
          name="shuffleQuestions"
          label="Shuffle questions"
          hint="Each student gets their own order."
          defaultChecked={initial?.shuffleQuestions}
        />
        <Check
          name="shuffleChoices"
          label="Shuffle choices"
          hint="Choices, passages and essays in a different order per student."
          defaultChecked={initial?.shuffleChoices}
        />
        <Check
          name="peersAfterAnswer"
          label="Peers' answers only after answering"
          hint="In discussion, a student sees classmates' answers once they have answered."
          defaultChecked={initial?.peersAfterAnswer ?? true}
        />
        <Check
          name="anonymous"
          label="Anonymous discussion"
          hint="Classmates see answers without names (you still see them)."
          defaultChecked={initial?.anonymous}
        />
        <Check
          name="showPassages"
          label="Show source passages while answering"
          hint="Each question beside the passage it cites; one that would give the answer away never is."
          defaultChecked={initial?.showPassages ?? true}
        />
        <Check
          name="onePerPage"
          label="One question per page"
          hint="Students see one question at a time, with a map of what they have answered."
          defaultChecked={initial?.onePerPage}
        />
        <Check
          name="guidedReading"
          label="Place questions inside the essay"
          hint="Guided reading: each question right after the passage it cites; the text below opens once it is answered."
          defaultChecked={initial?.guidedReading}
        />
      </fieldset>
      {!editing && (
        <fieldset>
          <legend className="mb-2 text-sm font-medium text-slate-800">Mode</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {[
              { v: "SELF_PACED", l: "Self-paced", h: "Students work at their own pace until it closes." },
              { v: "LIVE", l: "Live in class", h: "You run it question by question from the projector." },
            ].map((o) => (
              <label
                key={o.v}
                className="flex items-start gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
              >
                <input
                  type="radio"
                  name="mode"
                  value={o.v}
                  defaultChecked={o.v === "SELF_PACED"}
                  className={`mt-1 ${box}`}
                />
                <span>
                  <span className="block text-sm font-medium">{o.l}</span>
                  <span className="block text-sm text-slate-600">{o.h}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {editing ? (
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save settings"}
        </Button>
      ) : (
        <Button type="submit" disabled={pending || sets.length === 0}>
          {pending ? "Assigning…" : "Assign to class"}
        </Button>
      )}
    </form>
  );
}
