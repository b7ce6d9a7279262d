// When an essay's body stays the same but its sentences are split differently (a better splitter), citations
// must keep pointing at the same text. Offsets into the body do not change, so old and new passages are
// matched by overlap: a sentence that was split maps to every part, sentences that were merged map to the
// merged one, a paragraph maps to its paragraph. Only valid when both sets were cut from the same body.

export type Span = { paragraph: number; sentence: number; start: number; end: number };

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** The new passages that cover `span` (an old passage, or a quote inside it), in body order. */
export function passagesCovering<N extends Span>(
  span: { start: number; end: number; sentence: number },
  next: N[],
): N[] {
  const sameKind = next.filter((n) => (span.sentence === 0) === (n.sentence === 0));
  const hit = sameKind.filter((n) => overlaps(span, n));
  // An empty span (a zero-length quote) still sits in exactly one passage.
  if (hit.length === 0 && span.start === span.end)
    return sameKind.filter((n) => n.start <= span.start && span.start < n.end).slice(0, 1);
  return hit.sort((a, b) => a.start - b.start);
}

export type PassagePlan<O, N> = {
  /** Old passages kept as they are (same offsets), possibly renumbered: their rows and citations stay. */
  keep: { old: O; next: N }[];
  /** New passages that need a row. */
  create: N[];
  /** Old passages that go away, with the new passages their citations move to. */
  replace: { old: O; targets: N[] }[];
};

/**
 * Plans the move from `old` to `next` passages of one body. An old passage whose offsets are unchanged keeps
 * its row (so nothing that cites it moves); every other old passage is replaced by the new ones it overlaps.
 */
export function planResplit<O extends Span, N extends Span>(old: O[], next: N[]): PassagePlan<O, N> {
  const key = (s: Span) => `${s.sentence === 0 ? "p" : "s"}:${s.start}:${s.end}`;
  const oldByKey = new Map(old.map((o) => [key(o), o]));
  const keep: { old: O; next: N }[] = [];
  const create: N[] = [];
  const kept = new Set<O>();
  for (const n of next) {
    const o = oldByKey.get(key(n));
    if (o && !kept.has(o)) {
      keep.push({ old: o, next: n });
      kept.add(o);
    } else create.push(n);
  }
  const replace = old.filter((o) => !kept.has(o)).map((o) => ({ old: o, targets: passagesCovering(o, next) }));
  return { keep, create, replace };
}
