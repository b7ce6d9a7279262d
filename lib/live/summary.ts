// The end-of-session summary: computed once when the host ends the session and stored in the `ended` event, then
// read back for every later view of the ended session, so its shape is a schema the stored payload is parsed by.
import { z } from "zod";

const summaryRow = z.object({
  index: z.number(),
  prompt: z.string(),
  answered: z.number(),
  correct: z.number(),
  averagePercent: z.number().nullable(),
});
export const summarySchema = z.object({
  participants: z.number(),
  averagePercent: z.number().nullable(),
  questions: z.array(summaryRow),
});
export type SummaryRow = z.infer<typeof summaryRow>;
export type Summary = z.infer<typeof summarySchema>;

const endedPayload = z.object({ summary: summarySchema });

/** The summary in a stored `ended` event's payload, or null when there is none (or it is not one). */
export function readEndedSummary(payload: unknown): Summary | null {
  return endedPayload.safeParse(payload).data?.summary ?? null;
}
