import "server-only";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { getOwnedAssignment } from "./get-owned-assignment";

/** Deletes an assignment with every attempt, answer, grade, post and live session of it (one statement). */
export async function deleteAssignment(opts: { user: SessionUser; assignmentId: string }) {
  const a = await getOwnedAssignment(opts.user, opts.assignmentId);
  await db.assignment.delete({ where: { id: a.id } });
  return { classId: a.classId };
}
