import "server-only";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { findStudentSession } from "./find-student-session";
import { schedulePresence } from "./publish-live-updates";

/**
 * Puts an enrolled student in the session: opens their attempt for the assignment (or keeps the open one,
 * so a reload or a second device rejoins with the answers already given). Idempotent.
 */
export async function joinLiveSession({ user, sessionId }: { user: SessionUser; sessionId: string }) {
  const s = await findStudentSession({ user, sessionId });
  if (s.state === "ENDED") return { session: s, attemptId: null };
  const open = await db.attempt.findFirst({
    where: { assignmentId: s.assignmentId, studentId: user.id, submittedAt: null },
    select: { id: true },
  });
  if (open) return { session: s, attemptId: open.id };
  const attemptId = await db.$transaction(async (tx) => {
    const last = await tx.attempt.aggregate({
      where: { assignmentId: s.assignmentId, studentId: user.id },
      _max: { number: true },
    });
    const a = await tx.attempt.create({
      data: { assignmentId: s.assignmentId, studentId: user.id, number: (last._max.number ?? 0) + 1 },
      select: { id: true },
    });
    return a.id;
  });
  schedulePresence(sessionId);
  return { session: s, attemptId };
}
