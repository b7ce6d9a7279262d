import { expectedFailure } from "@/server/http/action-input";

/** What a form's server action returns: a message and per-field errors the form shows beside each field. */
export type ActionState = { ok: boolean; message?: string; fieldErrors?: Record<string, string> };

/** Expected failures (AppError, arguments of the wrong shape) become form state; anything else is rethrown
 *  to the error page, never swallowed. */
export function actionError(e: unknown): ActionState {
  return { ok: false, ...expectedFailure(e) };
}
