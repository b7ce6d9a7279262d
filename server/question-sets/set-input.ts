import "server-only";
import { z } from "zod";

/** The fields of a set an instructor edits (title, description, essays). */
export const setDetailsInput = z.object({
  title: z.string().trim().min(1, "Give the set a title.").max(200, "Keep the title under 200 characters."),
  description: z.string().trim().max(2000, "Keep the description under 2,000 characters.").default(""),
  essayIds: z
    .array(z.string().min(1).max(64))
    .min(1, "Choose at least one essay the questions are drawn from.")
    .max(10, "Use at most ten essays."),
});
export type SetDetailsInput = z.input<typeof setDetailsInput>;

export function setFieldErrors(err: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of err.issues) out[String(i.path[0] ?? "_")] ??= i.message;
  return out;
}
