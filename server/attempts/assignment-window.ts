import "server-only";

export type Window = { opensAt: Date | null; closesAt: Date | null; timeLimitMinutes: number | null };

import { TIME_LIMIT_GRACE_MS } from "./save-sql";

export { TIME_LIMIT_GRACE_MS };

/** Why the assignment takes no answers right now, or null when it is open. Messages are shown to students as is. */
export function closedReason(w: Window, now = new Date()): string | null {
  if (w.opensAt && now < w.opensAt) return `This assignment opens on ${w.opensAt.toUTCString()}. Come back then.`;
  if (w.closesAt && now >= w.closesAt) return "This assignment has closed: answers can no longer be changed.";
  return null;
}

/** When an attempt's time runs out (null: no time limit). */
export function attemptDeadline(w: Window, startedAt: Date): Date | null {
  if (!w.timeLimitMinutes) return null;
  const byLimit = new Date(startedAt.getTime() + w.timeLimitMinutes * 60_000);
  return w.closesAt && w.closesAt < byLimit ? w.closesAt : byLimit;
}

export function timeIsUp(w: Window, startedAt: Date, now = new Date()): boolean {
  const d = attemptDeadline(w, startedAt);
  return d !== null && now.getTime() > d.getTime() + TIME_LIMIT_GRACE_MS;
}

/** Whether keys and explanations may be shown for a submitted attempt. */
export function answersRevealed(a: { revealAnswers: "AFTER_SUBMIT" | "AFTER_CLOSE" | "NEVER"; closesAt: Date | null }, submittedAt: Date | null, now = new Date()): boolean {
  if (!submittedAt) return false;
  if (a.revealAnswers === "AFTER_SUBMIT") return true;
  if (a.revealAnswers === "AFTER_CLOSE") return a.closesAt !== null && now >= a.closesAt;
  return false;
}
