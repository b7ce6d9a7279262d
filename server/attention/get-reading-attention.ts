import "server-only";
import type { SessionUser } from "../auth/session";
import { analyticsDb } from "../analytics/analytics-db";
import { findOwnedAssignment } from "../analytics/find-owned-assignment";

import type { EssayAttention, ParagraphAttention } from "@/lib/attention/paragraph-attention";

export type { EssayAttention, ParagraphAttention };

/**
 * The report's "where attention went", for the instructor who owns the assignment's class: per paragraph the
 * reading time (total and median), annotations and "confused" flags, per essay how many opened it and reached
 * its end, and the enrolled students who never opened the reading. Only students still enrolled count. Three
 * aggregates in PostgreSQL and one indexed list; no per-student rows reach JS.
 */
export async function getReadingAttention({ user, assignmentId }: { user: SessionUser; assignmentId: string }) {
  // Read-only analytics of the report page: from a replica when one is set (decision 0087). The ownership lookup is
  // the report's own (once per request and client): no query of its own on the report page.
  const db = analyticsDb();
  const a = await findOwnedAssignment({ user, assignmentId, from: db });
  const [time, notes, essays, neverOpened] = await Promise.all([
    db.$queryRaw<Omit<ParagraphAttention, "annotations" | "confused">[]>`
      SELECT p.id AS "passageId", COALESCE(SUM(t.ms), 0)::float8 AS "totalMs",
        percentile_cont(0.5) WITHIN GROUP (ORDER BY COALESCE(t.ms, 0))::float8 AS "medianMs",
        COUNT(t.ms)::int AS "readers"
      FROM "ReadingVisit" v
      JOIN "Enrollment" e ON e."classId" = ${a.classId} AND e."userId" = v."studentId"
      JOIN "Passage" p ON p."essayId" = v."essayId" AND p.sentence = 0
      LEFT JOIN "ReadingTime" t ON t."assignmentId" = v."assignmentId" AND t."passageId" = p.id AND t."studentId" = v."studentId"
      WHERE v."assignmentId" = ${a.id}
      GROUP BY p.id`,
    // An annotation counts once for each paragraph its sentences are in.
    db.$queryRaw<{ passageId: string; annotations: number; confused: number }[]>`
      SELECT pp.id AS "passageId", COUNT(DISTINCT n.id)::int AS "annotations",
        COUNT(DISTINCT n.id) FILTER (WHERE n.kind = 'QUESTION')::int AS "confused"
      FROM "Annotation" n
      JOIN "Enrollment" e ON e."classId" = ${a.classId} AND e."userId" = n."authorId"
      JOIN "Passage" s ON s.id = ANY(n."passageIds")
      JOIN "Passage" pp ON pp."essayId" = s."essayId" AND pp.paragraph = s.paragraph AND pp.sentence = 0
      WHERE n."assignmentId" = ${a.id}
      GROUP BY pp.id`,
    db.$queryRaw<EssayAttention[]>`
      SELECT v."essayId", COUNT(*)::int AS "opened", COUNT(v."reachedEndAt")::int AS "reachedEnd"
      FROM "ReadingVisit" v JOIN "Enrollment" e ON e."classId" = ${a.classId} AND e."userId" = v."studentId"
      WHERE v."assignmentId" = ${a.id}
      GROUP BY v."essayId"`,
    db.user.findMany({
      where: { enrollments: { some: { classId: a.classId } }, readingVisits: { none: { assignmentId: a.id } } },
      orderBy: [{ name: "asc" }, { email: "asc" }],
      select: { id: true, name: true },
    }),
  ]);
  const paragraphs: Record<string, ParagraphAttention> = {};
  const row = (passageId: string) =>
    (paragraphs[passageId] ??= { passageId, totalMs: 0, medianMs: 0, readers: 0, annotations: 0, confused: 0 });
  for (const t of time) Object.assign(row(t.passageId), t);
  for (const n of notes) Object.assign(row(n.passageId), n);
  return { tracking: a.trackReading, paragraphs, essays, neverOpened };
}
