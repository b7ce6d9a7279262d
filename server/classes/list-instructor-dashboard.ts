import "server-only";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { ownedClassWhere } from "./class-access";
import { MANUAL } from "./list-student-work";

/**
 * The instructor's classes and most recent assignments with how many students have submitted and how many
 * submitted answers still wait for a person's grade (short answers and debate answers), and how many
 * students' reports of discussion posts are open (same rule as the moderation page).
 */
export async function listInstructorDashboard(opts: { user: SessionUser }) {
  const classes = await db.class.findMany({
    where: { ...ownedClassWhere(opts.user), archivedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, joinCode: true, _count: { select: { enrollments: true } } },
  });
  const recent = await db.assignment.findMany({
    where: { class: { ...ownedClassWhere(opts.user), archivedAt: null } },
    orderBy: { createdAt: "desc" },
    take: 8,
    select: {
      id: true,
      title: true,
      opensAt: true,
      closesAt: true,
      classId: true,
      class: { select: { name: true, _count: { select: { enrollments: true } } } },
    },
  });
  const ids = recent.map((a) => a.id);
  const [done, waiting, reported] = await Promise.all([
    db.attempt.findMany({
      where: { assignmentId: { in: ids }, submittedAt: { not: null } },
      distinct: ["assignmentId", "studentId"],
      select: {
        assignmentId: true,
        assignment: { select: { classId: true } },
        student: { select: { enrollments: { select: { classId: true } } } },
      },
    }),
    db.$queryRaw<{ assignmentId: string; n: number }[]>`
    SELECT t."assignmentId", count(*)::int AS n
    FROM "Response" r JOIN "Attempt" t ON t.id = r."attemptId" JOIN "Question" q ON q.id = r."questionId"
    WHERE t."assignmentId" = ANY(${ids}) AND t."submittedAt" IS NOT NULL AND r."gradedAt" IS NULL
      AND q.type::text = ANY(${[...MANUAL]})
    GROUP BY t."assignmentId"`,
    db.$queryRaw<{ assignmentId: string; n: number }[]>`
    SELECT p."assignmentId", count(*)::int AS n
    FROM "PostReport" r JOIN "Post" p ON p.id = r."postId"
    WHERE p."assignmentId" = ANY(${ids}) AND r."resolvedAt" IS NULL AND p."deletedAt" IS NULL
    GROUP BY p."assignmentId"`,
  ]);
  const toGrade = new Map(waiting.map((w) => [w.assignmentId, w.n]));
  const openReports = new Map(reported.map((w) => [w.assignmentId, w.n]));
  const submitted = new Map<string, number>();
  for (const d of done) {
    // Count only students still enrolled, so completion never exceeds the roster.
    if (!d.student.enrollments.some((e) => e.classId === d.assignment.classId)) continue;
    submitted.set(d.assignmentId, (submitted.get(d.assignmentId) ?? 0) + 1);
  }
  return {
    classes,
    recent: recent.map((a) => ({
      ...a,
      submitted: submitted.get(a.id) ?? 0,
      enrolled: a.class._count.enrollments,
      toGrade: toGrade.get(a.id) ?? 0,
      openReports: openReports.get(a.id) ?? 0,
    })),
  };
}
