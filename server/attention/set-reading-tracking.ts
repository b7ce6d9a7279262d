import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { ownedAssignmentWhere } from "../assignments/assignment-access";
import { db } from "../db";

/** The instructor turns "where attention went" on or off for an assignment of their class. Turning it off stops
 *  recording; what was recorded stays, and stays visible to each student on their record page. */
export async function setReadingTracking(o: {
  user: Pick<SessionUser, "id" | "role">;
  assignmentId: string;
  on: boolean;
}) {
  const r = await db.assignment.updateMany({
    where: { id: o.assignmentId, ...ownedAssignmentWhere(o.user) },
    data: { trackReading: o.on },
  });
  if (r.count === 0) throw new AppError("NOT_FOUND", "This assignment does not exist or is not yours.");
}
