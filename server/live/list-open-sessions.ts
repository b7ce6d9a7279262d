import "server-only";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { enrolledAssignmentWhere } from "../assignments/assignment-access";

/** Live sessions running now in the student's classes, so they can join with one tap instead of the code. */
export async function listOpenSessions({ user }: { user: SessionUser }) {
  if (user.role !== "STUDENT") return [];
  return db.liveSession.findMany({
    where: { state: { not: "ENDED" }, assignment: enrolledAssignmentWhere(user) },
    orderBy: { createdAt: "desc" },
    take: 5,
    select: { id: true, assignment: { select: { title: true, class: { select: { name: true } } } } },
  });
}
