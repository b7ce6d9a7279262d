// What every server action answers its component with: one shape for forms (useActionState) and direct calls.

export type FieldErrors = Record<string, string>;

/** The action did its job; `T` carries what the component needs next (the new id, the preview). */
export type ActionSuccess<T extends object = object> = { ok: true; message?: string; fieldErrors?: undefined } & T;

/** An expected refusal: a sentence for the person, and per-field errors the form shows beside each field. */
export type ActionFailure = { ok: false; message: string; fieldErrors?: FieldErrors };

/** What an action's promise resolves to (an action that succeeds by redirecting only ever resolves to a failure). */
export type ActionResult<T extends object = object> = ActionSuccess<T> | ActionFailure;

/** What a form shows: an action's last result, or nothing yet (useActionState's initial state). */
export type ActionState<T extends object = object> =
  ActionResult<T> | { ok: false; message?: undefined; fieldErrors?: undefined };

export const initialActionState: ActionState = { ok: false };
