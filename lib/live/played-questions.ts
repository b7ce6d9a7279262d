// A live session can end before every question was asked; its scores, summary and report count only the
// questions that were played. The rule in SQL, for stored scores, is PLAYED_MAX_SCORE in
// server/attempts/scored-max-sql.ts: keep the two in step.

/**
 * How many of an assignment's questions (in the set's order) count: all of them for a self-paced assignment
 * or a live one never run, else up to the furthest question any of its live sessions reached (index + 1).
 */
export function playedQuestionCount(
  assignment: { mode: string; liveSessions: { currentIndex: number }[] },
  total: number,
): number {
  if (assignment.mode !== "LIVE" || assignment.liveSessions.length === 0) return total;
  const furthest = Math.max(...assignment.liveSessions.map((s) => s.currentIndex));
  return Math.max(0, Math.min(total, furthest + 1));
}
