import "server-only";
import { notFound } from "next/navigation";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { ownedAssignmentWhere } from "./assignment-access";
import { assignmentSettingsSelect } from "./assignment-settings-select";

/** An instructor's view of one assignment: its settings and each enrolled student's progress. */
export async function getAssignmentOverview(opts: { user: SessionUser; assignmentId: string }) {
  const a = await db.assignment.findFirst({
    where: { id: opts.assignmentId, ...ownedAssignmentWhere(opts.user) },
    select: {
      ...assignmentSettingsSelect,
      peersAfterAnswer: true,
      anonymous: true,
      set: {
        select: {
          id: true,
          title: true,
          questions: { orderBy: { position: "asc" }, select: { id: true, prompt: true, type: true } },
        },
      },
      class: {
        select: {
          id: true,
          name: true,
          enrollments: { orderBy: { user: { name: "asc" } }, select: { user: { select: { id: true, name: true } } } },
        },
      },
      extensions: { select: { studentId: true, closesAt: true, extraMinutes: true, extraAttempts: true } },
      guideGatesOff: { select: { studentId: true } },
    },
  });
  if (!a) notFound();
  const [attempts, toGrade] = await Promise.all([
    db.attempt.findMany({
      where: { assignmentId: a.id },
      orderBy: { number: "asc" },
      select: { studentId: true, number: true, submittedAt: true, score: true, maxScore: true },
    }),
    db.response.count({
      where: {
        attempt: { assignmentId: a.id, submittedAt: { not: null } },
        question: { type: { in: ["SHORT_ANSWER", "DEBATE"] } },
        gradedAt: null,
      },
    }),
  ]);
  const latest = new Map<string, (typeof attempts)[number]>();
  for (const t of attempts) latest.set(t.studentId, t);
  const students = a.class.enrollments.map(({ user }) => {
    const t = latest.get(user.id);
    const extension = a.extensions.find((e) => e.studentId === user.id);
    return {
      id: user.id,
      name: user.name,
      status: !t ? ("not started" as const) : t.submittedAt ? ("submitted" as const) : ("in progress" as const),
      attempt: t ?? null,
      /** guided reading's gate is off for this student */
      guideGateOff: a.guideGatesOff.some((g) => g.studentId === user.id),
      extension: extension
        ? {
            closesAt: extension.closesAt?.toISOString() ?? null,
            extraMinutes: extension.extraMinutes,
            extraAttempts: extension.extraAttempts,
          }
        : null,
    };
  });
  return { assignment: a, students, toGrade, submitted: students.filter((s) => s.status === "submitted").length };
}
