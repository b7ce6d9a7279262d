import "server-only";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { getOwnedAssignmentForStudent } from "./get-owned-assignment-for-student";

/** Takes a student's extension away: the assignment's own window applies to them again. */
export async function clearExtension(opts: { user: SessionUser; assignmentId: string; studentId: string }) {
  const a = await getOwnedAssignmentForStudent(opts.user, opts.assignmentId, opts.studentId);
  await db.assignmentExtension.deleteMany({ where: { assignmentId: a.id, studentId: opts.studentId } });
}
