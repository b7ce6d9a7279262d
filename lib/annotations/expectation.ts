// A "read and annotate" assignment's expectation, the student's progress towards it, and the participation
// score, in words the student can read.

export type ReadingExpectation = {
  minAnnotations: number;
  minParagraphs: number;
  minReplies: number;
  /** points for meeting the expectation; null when the assignment is not scored */
  points: number | null;
};

export type ReadingProgress = {
  annotations: number;
  paragraphs: number;
  replies: number;
  met: boolean;
  /** null when not scored */
  score: number | null;
};

/** Progress from the student's own (visible or hidden) annotations' paragraphs and their reply count. */
export function readingProgress(
  e: ReadingExpectation,
  own: { paragraphs: number[] }[],
  replies: number,
): ReadingProgress {
  const annotations = own.length;
  const paragraphs = new Set(own.flatMap((a) => a.paragraphs)).size;
  const met = annotations >= e.minAnnotations && paragraphs >= e.minParagraphs && replies >= e.minReplies;
  if (e.points === null) return { annotations, paragraphs, replies, met, score: null };
  // Partial credit in proportion to each part done (capped at its target), averaged over the parts asked for.
  const parts = [
    [annotations, e.minAnnotations],
    [paragraphs, e.minParagraphs],
    [replies, e.minReplies],
  ].filter(([, target]) => target! > 0);
  const share = parts.length === 0 ? 1 : parts.reduce((s, [n, t]) => s + Math.min(1, n! / t!), 0) / parts.length;
  return { annotations, paragraphs, replies, met, score: Math.round(share * e.points * 100) / 100 };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Add at least 3 annotations spread over at least 2 paragraphs, and write at least 1 reply to a classmate." */
export function expectationText(e: ReadingExpectation): string {
  let s = `Add at least ${plural(e.minAnnotations, "annotation", "annotations")}`;
  if (e.minParagraphs > 1) s += ` spread over at least ${plural(e.minParagraphs, "paragraph", "paragraphs")}`;
  if (e.minReplies > 0) s += `, and write at least ${plural(e.minReplies, "reply", "replies")} to a classmate`;
  return `${s}.`;
}

/** How the participation score is worked out, or null when there is none. */
export function scoreRuleText(e: ReadingExpectation): string | null {
  if (e.points === null) return null;
  const parts = [
    e.minAnnotations > 0 ? "annotations" : null,
    e.minParagraphs > 0 ? "paragraphs covered" : null,
    e.minReplies > 0 ? "replies" : null,
  ].filter(Boolean);
  return `Participation is worth ${plural(e.points, "point", "points")}: full marks for meeting the expectation; otherwise a share, counting ${parts.join(", ")} up to each target, averaged.`;
}
