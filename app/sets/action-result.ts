import { isAppError } from "@/lib/errors/app-error";

/** What a form's server action returns: a message and per-field errors the form shows beside each field. */
export type ActionState = { ok: boolean; message?: string; fieldErrors?: Record<string, string> };

/** Expected failures (AppError) become form state; anything else is rethrown to the error page, never swallowed. */
export function actionError(e: unknown): ActionState {
  if (isAppError(e)) return { ok: false, message: e.message, fieldErrors: e.fieldErrors };
  throw e;
}
