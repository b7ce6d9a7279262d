import "server-only";
import { z } from "zod";
import { AppError, isAppError } from "@/lib/errors/app-error";

// Server actions are HTTP endpoints like any route handler: anyone can POST any arguments to them, not only
// the form that normally calls them. These helpers give actions the same boundary checks readJson gives routes.

export const NUL_MESSAGE = "The text contains a NUL character (\\0), which cannot be stored. Remove it and try again.";

function hasNul(v: unknown, depth = 0): boolean {
  if (typeof v === "string") return v.includes("\u0000");
  if (depth > 8 || v === null || typeof v !== "object") return false;
  if (v instanceof File) return v.name.includes("\u0000");
  if (v instanceof FormData) return [...v.entries()].some(([k, x]) => k.includes("\u0000") || hasNul(x, depth + 1));
  if (Array.isArray(v)) return v.some((x) => hasNul(x, depth + 1));
  return Object.entries(v).some(([k, x]) => k.includes("\u0000") || hasNul(x, depth + 1));
}

/** PostgreSQL refuses NUL in text (a 500 from deep inside a write): refuse it up front, with advice. */
export function refuseNul(...args: unknown[]): void {
  if (args.some((a) => hasNul(a))) throw new AppError("INVALID", NUL_MESSAGE);
}

/** The FormData a form action expects; anything else (a hand-made request) is refused, not a TypeError. */
export function formArg(form: unknown): FormData {
  if (form instanceof FormData) return form;
  throw new AppError("INVALID", "This form was sent in an unexpected format. Reload the page and try again.");
}

/** A text field of a form ("" when absent). A file where text belongs comes only from a hand-made request:
 *  refused, rather than stored as "[object File]". */
export function textField(form: FormData, name: string): string {
  const v = form.get(name);
  if (v === null) return "";
  if (typeof v === "string") return v;
  throw new AppError("INVALID", `"${name}" must be text, not a file. Reload the page and try again.`, {
    [name]: "Enter text here, not a file.",
  });
}

/** Every value of a repeated text field (checkboxes, multi-selects), with textField's refusal of files. */
export function textFields(form: FormData, name: string): string[] {
  return form.getAll(name).map((v) => {
    if (typeof v === "string") return v;
    throw new AppError("INVALID", `"${name}" must be text, not a file. Reload the page and try again.`);
  });
}

/** An id argument (a bound class, set or question id): a short string. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((v) => !v.includes("\u0000"));

/** An expected failure as form state: an AppError's message, or zod's for arguments of the wrong shape.
 *  Anything else (a bug, the database down, Next's redirect signal) is rethrown, never swallowed. */
export function expectedFailure(e: unknown): { message: string; fieldErrors?: Record<string, string> } {
  if (isAppError(e)) return { message: e.message, fieldErrors: e.fieldErrors };
  if (e instanceof z.ZodError) return { message: "This request is not valid. Reload the page and try again." };
  throw e;
}
