import { expectedFailure, formArg, refuseNul, textField, textFields } from "@/server/http/action-input";

/** What a form's server action returns: a message and per-field errors the form shows beside each field. */
export type ActionState = { ok: boolean; message?: string; fieldErrors?: Record<string, string> };

/** Expected failures (AppError, arguments of the wrong shape) become form state; anything else is rethrown
 *  to the error page, never swallowed. */
export function actionError(e: unknown): ActionState {
  return { ok: false, ...expectedFailure(e) };
}

/** The set-details form (create and edit): title, description and the essays the set draws on. */
export function setDetailsFrom(raw: unknown) {
  refuseNul(raw);
  const form = formArg(raw);
  return { title: textField(form, "title"), description: textField(form, "description"), essayIds: textFields(form, "essayIds") };
}
