// Where a stored annotation sits in the essay as it is now. An annotation keeps both W3C selectors: the
// TextPositionSelector (start/end) is tried first, since it is exact while the text is unchanged; when the
// text there no longer matches, the TextQuoteSelector (exact + prefix/suffix) is searched for, preferring the
// occurrence with the most context intact and then the one nearest the old position. An annotation whose
// words are gone is orphaned: shown with its stored quote, never dropped.
import { reanchor, type TextSelector } from "../passages/selectors";

export type AnchorResult =
  | { status: "anchored"; start: number; end: number; moved: boolean }
  | { status: "orphaned"; start: null; end: null; moved: false };

export function anchorAnnotation(body: string, sel: TextSelector): AnchorResult {
  if (sel.exact && sel.start >= 0 && sel.end <= body.length && body.slice(sel.start, sel.end) === sel.exact)
    return { status: "anchored", start: sel.start, end: sel.end, moved: false };
  const r = reanchor(body, sel);
  if (r.status === "orphaned") return { status: "orphaned", start: null, end: null, moved: false };
  return { status: "anchored", start: r.start, end: r.end, moved: true };
}

export type PassageSpan = { id: string; paragraph: number; sentence: number; start: number; end: number };

/** The sentence passages a span overlaps (in order), and the distinct paragraphs they belong to. */
export function passagesInSpan(passages: PassageSpan[], start: number, end: number) {
  const hit = passages.filter((p) => p.sentence > 0 && p.start < end && p.end > start);
  return { passageIds: hit.map((p) => p.id), paragraphs: [...new Set(hit.map((p) => p.paragraph))] };
}
