import "server-only";
import { z } from "zod";

/** What the reading page's tracker sends: milliseconds on screen per paragraph (its sentence-0 passage id) since
 *  its previous batch, numbered per page load (`clientId`, `seq`) so a resent batch is counted once. */
export const readingBatchInput = z.object({
  essayId: z.string().min(1).max(64),
  clientId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, "This request is not valid. Reload the page and try again."),
  seq: z.number().int().min(0).max(1_000_000_000),
  ms: z
    .record(
      z.string().min(1).max(64),
      z
        .number()
        .int()
        .min(0, "A paragraph's time on screen cannot be negative.")
        .max(24 * 3_600_000),
    )
    .refine((m) => Object.keys(m).length <= 500, "Too many paragraphs in one batch."),
});
export type ReadingBatchInput = z.infer<typeof readingBatchInput>;
