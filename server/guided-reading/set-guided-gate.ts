import "server-only";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { getOwnedAssignmentForStudent } from "../assignments/get-owned-assignment-for-student";

/**
 * The instructor turns guided reading's gate off for one student (the whole essay opens for them, at once and on
 * every later attempt) or on again (sections they already opened stay open).
 */
export async function setGuidedGate(opts: {
  user: SessionUser;
  assignmentId: string;
  studentId: string;
  off: boolean;
}) {
  const a = await getOwnedAssignmentForStudent(opts.user, opts.assignmentId, opts.studentId);
  const key = { assignmentId: a.id, studentId: opts.studentId };
  if (opts.off) await db.guidedGateOff.upsert({ where: { assignmentId_studentId: key }, create: key, update: {} });
  else await db.guidedGateOff.deleteMany({ where: key });
}
