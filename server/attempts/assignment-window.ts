import "server-only";

export type Window = { opensAt: Date | null; closesAt: Date | null; timeLimitMinutes: number | null };

// A save that left the browser just before the time ran out still counts: network latency is not the student's fault.
// The autosave's statement gets it as a parameter (prisma/sql/saveResponse.sql), so this is its one definition.
export const TIME_LIMIT_GRACE_MS = 30_000;

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
export function answersRevealed(
  a: { revealAnswers: "AFTER_SUBMIT" | "AFTER_CLOSE" | "NEVER"; closesAt: Date | null },
  submittedAt: Date | null,
  now = new Date(),
): boolean {
  if (!submittedAt) return false;
  if (a.revealAnswers === "AFTER_SUBMIT") return true;
  if (a.revealAnswers === "AFTER_CLOSE") return a.closesAt !== null && now >= a.closesAt;
  return false;
}

export type Extension = { closesAt: Date | null; extraMinutes: number; extraAttempts: number };

/** Prisma select of one student's extension on an assignment (see forStudent). */
export const extensionOf = (studentId: string) =>
  ({ where: { studentId }, select: { closesAt: true, extraMinutes: true, extraAttempts: true } }) as const;

/**
 * The assignment as one student has it: their own closing time, extra minutes and extra attempts when the instructor gave
 * them an extension (`extensions` loaded with extensionOf). Everything that decides whether a student may
 * answer reads the window through here (or through the same COALESCE in prisma/sql/saveResponse.sql, checked against this file by
 * tests/integration/autosave-window.test.ts), so the quiz page, the
 * autosave, starting and the dashboard agree. `classClosesAt` keeps the assignment's own closing time.
 */
export function forStudent<T extends Window & { attemptsAllowed?: number; extensions?: Extension[] }>(
  a: T,
): T & { extension: Extension | null; classClosesAt: Date | null } {
  const extension = a.extensions?.[0] ?? null;
  return {
    ...a,
    extension,
    classClosesAt: a.closesAt,
    closesAt: extension?.closesAt ?? a.closesAt,
    timeLimitMinutes: a.timeLimitMinutes === null ? null : a.timeLimitMinutes + (extension?.extraMinutes ?? 0),
    ...(a.attemptsAllowed === undefined
      ? {}
      : { attemptsAllowed: a.attemptsAllowed + (extension?.extraAttempts ?? 0) }),
  };
}
