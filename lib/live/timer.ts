// The answer window of a timed question. The server decides; clients only display the countdown.

/** Network grace: an answer sent as the clock hit zero still counts. */
export const LATE_GRACE_MS = 1000;

export function deadline(startedAt: Date, timerSeconds: number | null): Date | null {
  return timerSeconds ? new Date(startedAt.getTime() + timerSeconds * 1000) : null;
}

export function isLate(startedAt: Date, timerSeconds: number | null, now: Date, graceMs = LATE_GRACE_MS): boolean {
  const end = deadline(startedAt, timerSeconds);
  return end !== null && now.getTime() > end.getTime() + graceMs;
}

/** Whole seconds left (never negative), or null for an untimed question. */
export function secondsLeft(startedAt: Date, timerSeconds: number | null, now: Date): number | null {
  const end = deadline(startedAt, timerSeconds);
  return end === null ? null : Math.max(0, Math.ceil((end.getTime() - now.getTime()) / 1000));
}
