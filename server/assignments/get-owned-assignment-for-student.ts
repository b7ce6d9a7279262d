import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { getOwnedAssignment } from "./get-owned-assignment";

/** The owner's assignment (see getOwnedAssignment) and a check that the student is in its class. */
export async function getOwnedAssignmentForStudent(user: SessionUser, assignmentId: string, studentId: string) {
  const a = await getOwnedAssignment(user, assignmentId);
  const enrolled = await db.enrollment.count({ where: { classId: a.classId, userId: studentId } });
  if (!enrolled) throw new AppError("NOT_FOUND", "That student is not in this class.");
  return a;
}
