import "server-only";
import type { SessionUser } from "../auth/session";
import { extensionOf, forStudent } from "../attempts/assignment-window";
import { db } from "../db";
import { enrolledClassWhere } from "./class-access";

export const MANUAL = ["SHORT_ANSWER", "DEBATE"] as const;

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
        select: {
          number: true,
          submittedAt: true,
          score: true,
          maxScore: true,
          _count: { select: { responses: { where: { gradedAt: null, question: { type: { in: [...MANUAL] } } } } } },
        },
      },
    },
  });
  const now = new Date();
  const todo = [];
  const submitted = [];
  const graded = [];
  // Soonest deadline first, by the student's own deadline (an extension moves an assignment down the list).
  const byDeadline = rows
    .map(forStudent)
    .sort((x, y) => (x.closesAt?.getTime() ?? Infinity) - (y.closesAt?.getTime() ?? Infinity));
  for (const a of byDeadline) {
    const last = a.attempts.find((t) => t.submittedAt);
    const inProgress = a.attempts.some((t) => !t.submittedAt);
    const closed = a.closesAt !== null && now >= a.closesAt;
    const item = { ...a, inProgress, closed, last: last ?? null };
    if (!last || inProgress) todo.push(item);
    else if (last._count.responses > 0) submitted.push(item);
    else graded.push(item);
  }
  return {
    todo,
    submitted,
    graded,
    classes: await db.class.findMany({
      where: { archivedAt: null, ...enrolledClassWhere(opts.user) },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  };
}
