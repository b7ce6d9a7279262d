import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { selectorFromRange } from "@/lib/passages/selectors";
import type { Tx } from "../db";

/** What a browser sends for a citation: a passage, optionally with the offsets of a quoted sub-span. */
export const citationInput = z.object({
  passageId: z.string().min(1).max(64),
  quote: z.object({ start: z.number().int().min(0), end: z.number().int().min(1) }).optional(),
});
export type CitationInput = z.infer<typeof citationInput>;

/**
 * Checks each cited passage belongs to an essay of the assignment's set (or one the question cites) and
 * builds the quote's selectors from the essay text on the server: the browser sends only offsets, so a
 * stored `exact` / `prefix` / `suffix` is always true to the text.
 */
export async function buildCitations(
  tx: Tx,
  { setId, citedPassageIds, citations }: { setId: string; citedPassageIds: string[]; citations: CitationInput[] },
) {
  if (citations.length === 0) return [];
  const ids = [...new Set(citations.map((c) => c.passageId))];
  const passages = await tx.passage.findMany({
    where: { id: { in: ids }, OR: [{ essay: { questionSets: { some: { setId } } } }, { id: { in: citedPassageIds } }] },
    select: { id: true, start: true, end: true, essay: { select: { body: true } } },
  });
  const byId = new Map(passages.map((p) => [p.id, p]));
  return citations.map((c) => {
    const p = byId.get(c.passageId);
    if (!p)
      throw new AppError("INVALID", "You can only cite passages of this assignment's essays.", {
        citations: "Cite a passage of this assignment's essays.",
      });
    if (!c.quote) return { passageId: p.id, quoteStart: null, quoteEnd: null, exact: null, prefix: null, suffix: null };
    if (c.quote.start < p.start || c.quote.end > p.end || c.quote.end <= c.quote.start)
      throw new AppError("INVALID", "A quote must lie inside the passage it cites. Select text within one paragraph.", {
        citations: "Select text within one paragraph.",
      });
    const sel = selectorFromRange(p.essay.body, c.quote.start, c.quote.end);
    if (!sel)
      throw new AppError("INVALID", "The quoted text is empty. Select some words of the essay.", {
        citations: "Select some words of the essay.",
      });
    if (sel.exact.length > 2000)
      throw new AppError("INVALID", "That quote is too long: quote at most 2,000 characters.", {
        citations: "Quote at most 2,000 characters.",
      });
    return {
      passageId: p.id,
      quoteStart: sel.start,
      quoteEnd: sel.end,
      exact: sel.exact,
      prefix: sel.prefix,
      suffix: sel.suffix,
    };
  });
}
