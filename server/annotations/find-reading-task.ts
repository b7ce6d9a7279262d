import "server-only";
import type { SessionUser } from "../auth/session";
import { enrolledClassWhere, ownedClassWhere } from "../classes/class-access";
import { db } from "../db";

/** Whether an assignment the user may open (owner instructor or enrolled student) is a "read and annotate" one. */
export async function findReadingTask(o: { user: Pick<SessionUser, "id" | "role">; assignmentId: string }) {
  const classWhere = o.user.role === "INSTRUCTOR" ? ownedClassWhere(o.user) : enrolledClassWhere(o.user);
  const n = await db.readingTask.count({ where: { assignmentId: o.assignmentId, assignment: { class: classWhere } } });
  return n > 0;
}
