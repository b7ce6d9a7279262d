import "server-only";
import type { CitationView } from "@/lib/discussion/view-types";
import { passageLabel } from "@/lib/passages/group";
import { reanchor } from "@/lib/passages/selectors";
import { passageIndex } from "./passage-index";

type CitationRow = {
  id: string;
  passageId: string;
  quoteStart: number | null;
  quoteEnd: number | null;
  exact: string | null;
  prefix: string | null;
  suffix: string | null;
};

/** A citation row as the browser sees it; a quote is re-anchored against today's essay text (or marked orphaned). */
export function citationView(row: CitationRow, index: ReturnType<typeof passageIndex>): CitationView | null {
  const hit = index.get(row.passageId);
  if (!hit) return null;
  let quote: CitationView["quote"] = null;
  if (row.exact) {
    const r = reanchor(hit.essay.body, {
      start: row.quoteStart ?? 0,
      end: row.quoteEnd ?? 0,
      exact: row.exact,
      prefix: row.prefix ?? "",
      suffix: row.suffix ?? "",
    });
    quote =
      r.status === "anchored"
        ? { exact: row.exact, start: r.start, end: r.end, orphaned: false }
        : { exact: row.exact, start: -1, end: -1, orphaned: true };
  }
  // The passage text is only shown for whole-passage citations; a quote shows its own words.
  return {
    id: row.id,
    passageId: row.passageId,
    essayId: hit.essay.id,
    label: passageLabel(hit.passage),
    passageText: quote ? "" : hit.passage.text,
    quote,
  };
}
