// W3C Web Annotation selectors for quotes of a sub-span of an essay: a TextPositionSelector (start, end
// offsets into the verbatim body) plus a TextQuoteSelector (exact text with a little context either side).
// Positions are fast but break when the text is edited; the quote survives edits, so re-anchoring searches
// by quote first and uses the position only to choose between equal matches.

export const QUOTE_CONTEXT = 32;

export type TextSelector = { start: number; end: number; exact: string; prefix: string; suffix: string };
export type Anchored = { status: "anchored"; start: number; end: number; moved: boolean };
export type Orphaned = { status: "orphaned" };

/** Builds both selectors for body[start, end), trimming surrounding whitespace. Null for an empty span. */
export function selectorFromRange(
  body: string,
  start: number,
  end: number,
  context = QUOTE_CONTEXT,
): TextSelector | null {
  let a = Math.max(0, Math.min(start, end));
  let b = Math.min(body.length, Math.max(start, end));
  while (a < b && /\s/.test(body[a]!)) a++;
  while (b > a && /\s/.test(body[b - 1]!)) b--;
  if (b <= a) return null;
  return {
    start: a,
    end: b,
    exact: body.slice(a, b),
    prefix: body.slice(Math.max(0, a - context), a),
    suffix: body.slice(b, b + context),
  };
}

/** Length of the common suffix of `a` and `b` (how much of the stored prefix still precedes a match). */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds where a stored quote now sits in `body`. Every occurrence of `exact` is scored by how much of the
 * stored prefix and suffix still surround it; ties go to the occurrence nearest the stored position.
 * A quote whose exact text no longer occurs is orphaned: shown as such, never silently dropped.
 */
export function reanchor(body: string, sel: TextSelector): Anchored | Orphaned {
  if (!sel.exact) return { status: "orphaned" };
  let best: { at: number; score: number; distance: number } | null = null;
  for (let at = body.indexOf(sel.exact); at !== -1; at = body.indexOf(sel.exact, at + 1)) {
    const before = body.slice(Math.max(0, at - sel.prefix.length), at);
    const after = body.slice(at + sel.exact.length, at + sel.exact.length + sel.suffix.length);
    const score = commonSuffix(before, sel.prefix) + commonPrefix(after, sel.suffix);
    const distance = Math.abs(at - sel.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance))
      best = { at, score, distance };
  }
  if (!best) return { status: "orphaned" };
  return { status: "anchored", start: best.at, end: best.at + sel.exact.length, moved: best.at !== sel.start };
}

/**
 * Character offset into the essay body of a DOM point inside a rendered passage element that carries
 * `data-start` (the passage's offset into the body). Counts text in document order up to the point, so it
 * works when the passage's text is split by <mark> elements. Null when the point is outside any passage.
 */
export function domPointToOffset(node: Node, offset: number): number | null {
  const el = (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest("[data-start]");
  if (!el) return null;
  const base = Number(el.getAttribute("data-start"));
  if (!Number.isFinite(base)) return null;
  if (node.nodeType === 1) {
    // A point between child nodes: count the text of the children before it.
    let n = 0;
    for (let i = 0; i < offset && i < node.childNodes.length; i++) n += node.childNodes[i]!.textContent?.length ?? 0;
    return base + textBefore(el, node) + n;
  }
  return base + textBefore(el, node) + offset;
}

/** Text length inside `root` that precedes `target` in document order. */
function textBefore(root: Element, target: Node): number {
  if (root === target) return 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let n = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (t === target || target.contains(t)) break;
    n += t.textContent?.length ?? 0;
  }
  return n;
}
