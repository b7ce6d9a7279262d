import "server-only";
import { notFound } from "next/navigation";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { ownedAssignmentWhere } from "../assignments/assignment-access";

/** An assignment the instructor owns, with its question count and its live sessions (newest first). */
export async function getAssignmentLiveOverview({ user, assignmentId }: { user: SessionUser; assignmentId: string }) {
  const a = await db.assignment.findFirst({
    where: { id: assignmentId, ...ownedAssignmentWhere(user) },
    select: {
      id: true,
      title: true,
      mode: true,
      class: { select: { name: true, _count: { select: { enrollments: true } } } },
      set: { select: { title: true, _count: { select: { questions: true } } } },
      liveSessions: {
        orderBy: { createdAt: "desc" },
        take: 10,
        select: { id: true, state: true, createdAt: true, endedAt: true, joinCode: true },
      },
    },
  });
  if (!a) notFound();
  return a;
}
