import "server-only";
import { Prisma } from "../generated/prisma/client";

/**
 * SQL for the attempts a report analyses: each enrolled student's FIRST submitted attempt at the
 * assignment. Moodle's statistics default to first attempts too: later attempts build on feedback from
 * earlier ones and break the assumptions of item analysis. Unsubmitted attempts never count.
 */
export function analysedAttemptsCte(assignmentId: string, classId: string) {
  return Prisma.sql`analysed AS (
    SELECT DISTINCT ON (a."studentId") a."id", a."studentId", a."number", a."score", a."maxScore", a."startedAt", a."submittedAt"
    FROM "Attempt" a
    JOIN "Enrollment" e ON e."userId" = a."studentId" AND e."classId" = ${classId}
    WHERE a."assignmentId" = ${assignmentId} AND a."submittedAt" IS NOT NULL
    ORDER BY a."studentId", a."number" ASC
  )`;
}

/** A response's points: a person's grade wins over the automatic one (NULL while it awaits grading). */
export const RESPONSE_SCORE = Prisma.sql`COALESCE(r."manualScore", r."autoScore")`;
