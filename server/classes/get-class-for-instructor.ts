import "server-only";
import { notFound } from "next/navigation";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { ownedClassWhere } from "./class-access";

/** An instructor's own class with its roster and assignments (with how many students submitted). */
export async function getClassForInstructor(opts: { user: SessionUser; classId: string }) {
  const cls = await db.class.findFirst({
    where: { id: opts.classId, ...ownedClassWhere(opts.user) },
    select: {
      id: true,
      name: true,
      joinCode: true,
      enrollments: {
        orderBy: { user: { name: "asc" } },
        select: { createdAt: true, user: { select: { id: true, name: true, email: true } } },
      },
      assignments: {
        orderBy: { createdAt: "desc" },
        select: { id: true, title: true, mode: true, opensAt: true, closesAt: true, set: { select: { title: true } } },
      },
    },
  });
  if (!cls) notFound();
  // Completion counts students, not attempts (several attempts may be allowed); removed students do not count.
  const distinct = await db.attempt.findMany({
    where: {
      assignmentId: { in: cls.assignments.map((a) => a.id) },
      submittedAt: { not: null },
      student: { enrollments: { some: { classId: cls.id } } },
    },
    distinct: ["assignmentId", "studentId"],
    select: { assignmentId: true },
  });
  const done = new Map<string, number>();
  for (const d of distinct) done.set(d.assignmentId, (done.get(d.assignmentId) ?? 0) + 1);
  return { ...cls, assignments: cls.assignments.map((a) => ({ ...a, submittedCount: done.get(a.id) ?? 0 })) };
}
