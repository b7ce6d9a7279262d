import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { enrolledAssignmentWhere } from "../assignments/assignment-access";
import { db } from "../db";

/**
 * Everything "where attention went" stores about one student on one assignment, for that student only: per
 * essay when they first opened it and reached its end, and per paragraph the time recorded. Nothing about
 * classmates is read. An instructor has no record (NOT_FOUND).
 */
export async function getMyReadingRecord({ user, assignmentId }: { user: SessionUser; assignmentId: string }) {
  const a = await db.assignment.findFirst({
    where: { id: assignmentId, ...enrolledAssignmentWhere(user) },
    select: { id: true, title: true, trackReading: true, class: { select: { id: true, name: true } } },
  });
  if (!a || user.role !== "STUDENT") throw new AppError("NOT_FOUND", "This assignment does not exist or is not yours.");
  const [visits, times] = await Promise.all([
    db.readingVisit.findMany({
      where: { assignmentId: a.id, studentId: user.id },
      orderBy: { firstOpenedAt: "asc" },
      select: {
        firstOpenedAt: true,
        reachedEndAt: true,
        essay: {
          select: {
            id: true,
            title: true,
            slug: true,
            passages: {
              where: { sentence: 0 },
              orderBy: { paragraph: "asc" },
              select: { id: true, paragraph: true, text: true },
            },
          },
        },
      },
    }),
    db.readingTime.findMany({
      where: { assignmentId: a.id, studentId: user.id },
      select: { passageId: true, ms: true },
    }),
  ]);
  const ms = new Map(times.map((t) => [t.passageId, t.ms]));
  return {
    assignment: { id: a.id, title: a.title, tracking: a.trackReading, classId: a.class.id, className: a.class.name },
    essays: visits.map((v) => ({
      id: v.essay.id,
      title: v.essay.title,
      slug: v.essay.slug,
      firstOpenedAt: v.firstOpenedAt.toISOString(),
      reachedEndAt: v.reachedEndAt?.toISOString() ?? null,
      paragraphs: v.essay.passages.map((p) => ({
        id: p.id,
        paragraph: p.paragraph,
        opening: p.text.length > 90 ? `${p.text.slice(0, 90).trimEnd()}…` : p.text,
        ms: ms.get(p.id) ?? 0,
      })),
    })),
  };
}
