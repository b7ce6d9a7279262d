// How much of a reading batch the server counts (docs/decisions/0070). The browser says how long each paragraph
// was on screen; the server believes no more than the clock allows, so a forged or replayed beacon cannot
// inflate a student's figures. Pure.

/** Network jitter between two batches: a batch may claim this much more than the time since the previous one. */
export const BATCH_SLACK_MS = 2_000;
/** The page sends a batch about every 15 s while it is read: one batch never counts more than this. */
export const MAX_BATCH_MS = 60_000;

export type BatchClock = {
  /** wall-clock time since the previous batch of this visit was counted (0 for the visit's first batch) */
  sinceLastBatchMs: number;
  /** wall-clock time since the visit began (its first batch) */
  sinceFirstOpenMs: number;
};

/**
 * The milliseconds to add per paragraph: each claim (several paragraphs can be on screen at once) cut to the time
 * since the last batch plus slack, at most MAX_BATCH_MS, and so that no paragraph's total exceeds the time since
 * the reading was first opened (plus slack). Zero amounts are left out.
 */
export function clampBatch(
  claimed: Readonly<Record<string, number>>,
  totals: ReadonlyMap<string, number>,
  clock: BatchClock,
): Map<string, number> {
  const perBatch = Math.min(Math.max(0, clock.sinceLastBatchMs) + BATCH_SLACK_MS, MAX_BATCH_MS);
  const ceiling = Math.max(0, clock.sinceFirstOpenMs) + BATCH_SLACK_MS;
  const out = new Map<string, number>();
  for (const [id, ms] of Object.entries(claimed)) {
    const room = Math.max(0, ceiling - (totals.get(id) ?? 0));
    const add = Math.floor(Math.min(Math.max(0, ms), perBatch, room));
    if (add > 0) out.set(id, add);
  }
  return out;
}
