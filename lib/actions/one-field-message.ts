import type { ActionState } from "./action-state";

/**
 * Where a one-field form shows a refusal: under the field when the refusal is about it, otherwise in an alert
 * above; never both (the same sentence twice, once as a summary and once as the field's error, reads as two
 * problems). Under the field it takes the fuller sentence of the two, which says what to do next.
 */
export function oneFieldMessage(
  state: ActionState,
  field: string,
  fieldShown = true,
): { alert?: string; fieldError?: string } {
  const fieldError = fieldShown ? state.fieldErrors?.[field] : undefined;
  if (!fieldError) return { alert: state.message };
  return { fieldError: state.message ?? fieldError };
}
