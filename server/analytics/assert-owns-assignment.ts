import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { ownedAssignmentWhere } from "../assignments/assignment-access";
import { db } from "../db";
import { REPORT_NOT_FOUND } from "./find-owned-assignment";

/** Only the ownership test of findOwnedAssignment, for the report's layout (it runs before the page streams). */
export async function assertOwnsAssignment({
  user,
  assignmentId,
}: {
  user: SessionUser;
  assignmentId: string;
}): Promise<void> {
  if ((await db.assignment.count({ where: { id: assignmentId, ...ownedAssignmentWhere(user) } })) === 0) {
    throw new AppError("NOT_FOUND", REPORT_NOT_FOUND);
  }
}
