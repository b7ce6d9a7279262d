import "server-only";
import type { SessionUser } from "../auth/session";
import { extensionOf, forStudent } from "../attempts/assignment-window";
import { db } from "../db";
import { enrolledClassWhere, ownedClassWhere } from "./class-access";

const MANUAL = ["SHORT_ANSWER", "DEBATE"] as const;

/** Every assignment across the student's classes, sorted into to do / submitted (awaiting grading) / graded. */
export async function listStudentWork(opts: { user: SessionUser }) {
  const rows = await db.assignment.findMany({
    where: { class: { archivedAt: null, ...enrolledClassWhere(opts.user) } },
    orderBy: { createdAt: "desc" }, // then by each student's own deadline, below
    select: {
      id: true,
      title: true,
      mode: true,
      opensAt: true,
      closesAt: true,
      class: { select: { id: true, name: true } },
      timeLimitMinutes: true,
      extensions: extensionOf(opts.user.id),
      attempts: {
        where: { studentId: opts.user.id },
        orderBy: { number: "desc" },
        select: { number: true, submittedAt: true, score: true, maxScore: true, _count: { select: { responses: { where: { gradedAt: null, question: { type: { in: [...MANUAL] } } } } } } },
      },
    },
  });
  const now = new Date();
  const todo = [];
  const submitted = [];
  const graded = [];
  // Soonest deadline first, by the student's own deadline (an extension moves an assignment down the list).
  const byDeadline = rows.map(forStudent).sort((x, y) => (x.closesAt?.getTime() ?? Infinity) - (y.closesAt?.getTime() ?? Infinity));
  for (const a of byDeadline) {
    const last = a.attempts.find((t) => t.submittedAt);
    const inProgress = a.attempts.some((t) => !t.submittedAt);
    const closed = a.closesAt !== null && now >= a.closesAt;
    const item = { ...a, inProgress, closed, last: last ?? null };
    if (!last || inProgress) todo.push(item);
    else if (last._count.responses > 0) submitted.push(item);
    else graded.push(item);
  }
  return { todo, submitted, graded, classes: await db.class.findMany({ where: { archivedAt: null, ...enrolledClassWhere(opts.user) }, select: { id: true, name: true }, orderBy: { name: "asc" } }) };
}

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
    select: { id: true, title: true, opensAt: true, closesAt: true, classId: true, class: { select: { name: true, _count: { select: { enrollments: true } } } } },
  });
  const ids = recent.map((a) => a.id);
  const [done, waiting, reported] = await Promise.all([
    db.attempt.findMany({
      where: { assignmentId: { in: ids }, submittedAt: { not: null } },
      distinct: ["assignmentId", "studentId"],
      select: { assignmentId: true, assignment: { select: { classId: true } }, student: { select: { enrollments: { select: { classId: true } } } } },
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
