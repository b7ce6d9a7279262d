import "server-only";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { getOwnedAssignment } from "./get-owned-assignment";

/** The assignment's settings for its edit form, with what deleting it would take away. */
export async function getAssignmentForEdit(opts: { user: SessionUser; assignmentId: string }) {
  const a = await getOwnedAssignment(opts.user, opts.assignmentId);
  const students = await db.attempt.findMany({
    where: { assignmentId: a.id },
    distinct: ["studentId"],
    select: { studentId: true },
  });
  return { ...a, studentsWithWork: students.length };
}
