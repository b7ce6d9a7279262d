import "server-only";
import type { LtiGradeSync } from "@/lib/lti/grade-sync";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { ownedAssignmentWhere } from "../assignments/assignment-access";

/**
 * Where the LMS gradebook stands for one of the instructor's assignments: for each student and LMS link, the
 * newest queued score, sent, waiting (not tried yet, or retrying) or failed. Null when no LMS link with a
 * gradebook column points at the assignment (nothing to show).
 */
export async function getLtiGradeSync(opts: { user: SessionUser; assignmentId: string }): Promise<LtiGradeSync | null> {
  const links = await db.ltiResourceLink.count({
    where: { lineItemUrl: { not: null }, assignment: { id: opts.assignmentId, ...ownedAssignmentWhere(opts.user) } },
  });
  if (links === 0) return null;
  const rows = await db.ltiScoreOutbox.findMany({
    where: {
      status: { not: "SUPERSEDED" },
      attempt: { assignment: { id: opts.assignmentId, ...ownedAssignmentWhere(opts.user) } },
    },
    orderBy: [{ timestamp: "desc" }],
    distinct: ["resourceLinkId", "userSub"],
    select: {
      status: true,
      tries: true,
      lastError: true,
      attempt: { select: { student: { select: { name: true } } } },
    },
  });
  const sync: LtiGradeSync = { sent: 0, waiting: [], failed: [] };
  for (const r of rows) {
    const student = r.attempt.student.name;
    if (r.status === "SENT") sync.sent++;
    else if (r.status === "FAILED") sync.failed.push({ student, lastError: r.lastError });
    else sync.waiting.push({ student, tries: r.tries, lastError: r.lastError });
  }
  return sync;
}
