import "server-only";
import { Prisma } from "../generated/prisma/client";
import { analyticsDb } from "./analytics-db";

/** `pending`: an answer of a submitted attempt still waits for a person's grade, so `score` is not final yet. */
export type GradeCell = { assignmentId: string; studentId: string; score: number; maxScore: number; pending: boolean };
type Timing = { assignmentId: string; medianMinutes: number | null };

/**
 * Each enrolled student's grade per assignment of the class: the highest score among their submitted
 * attempts (the usual quiz grading method), pending while any of those attempts has an ungraded answer (a
 * grade to come may change the best). One aggregate query; one row per student × assignment done. Only the class
 * report and the gradebook export read it, from analyticsDb() (decision 0087).
 */
export async function loadGradebook(classId: string) {
  const db = analyticsDb();
  const [assignments, students, cells, timings] = await Promise.all([
    db.assignment.findMany({
      where: { classId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, title: true, set: { select: { questions: { select: { points: true } } } } },
    }),
    db.user.findMany({
      where: { enrollments: { some: { classId } } },
      orderBy: [{ name: "asc" }, { email: "asc" }],
      select: { id: true, name: true, email: true },
    }),
    db.$queryRaw<GradeCell[]>(Prisma.sql`
      SELECT a."assignmentId", a."studentId", MAX(a."score")::float8 AS "score", MAX(a."maxScore")::float8 AS "maxScore",
        bool_or(EXISTS (SELECT 1 FROM "Response" r WHERE r."attemptId" = a."id" AND r."manualScore" IS NULL AND r."autoScore" IS NULL)) AS "pending"
      FROM "Attempt" a
      JOIN "Assignment" s ON s."id" = a."assignmentId"
      JOIN "Enrollment" e ON e."userId" = a."studentId" AND e."classId" = s."classId"
      WHERE s."classId" = ${classId} AND a."submittedAt" IS NOT NULL AND a."score" IS NOT NULL
      GROUP BY a."assignmentId", a."studentId"`),
    // median time from start to submit of each student's first submitted attempt, per assignment
    db.$queryRaw<Timing[]>(Prisma.sql`
      SELECT f."assignmentId", (percentile_cont(0.5) WITHIN GROUP (ORDER BY f.secs) / 60)::float8 AS "medianMinutes"
      FROM (
        SELECT DISTINCT ON (a."assignmentId", a."studentId") a."assignmentId", EXTRACT(EPOCH FROM (a."submittedAt" - a."startedAt")) AS secs
        FROM "Attempt" a
        JOIN "Assignment" s ON s."id" = a."assignmentId"
        JOIN "Enrollment" e ON e."userId" = a."studentId" AND e."classId" = s."classId"
        WHERE s."classId" = ${classId} AND a."submittedAt" IS NOT NULL
        ORDER BY a."assignmentId", a."studentId", a."number"
      ) f GROUP BY f."assignmentId"`),
  ]);
  const minutes = new Map(timings.map((t) => [t.assignmentId, t.medianMinutes]));
  const grade = new Map(cells.map((c) => [`${c.studentId}:${c.assignmentId}`, c]));
  return {
    assignments: assignments.map((a) => ({
      id: a.id,
      title: a.title,
      maxScore: a.set.questions.reduce((s, q) => s + q.points, 0),
      medianMinutes: minutes.get(a.id) ?? null,
    })),
    students,
    grade: (studentId: string, assignmentId: string) => grade.get(`${studentId}:${assignmentId}`) ?? null,
  };
}
