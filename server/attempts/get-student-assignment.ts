import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { assignmentSettingsSelect } from "../assignments/assignment-settings-select";
import { extensionOf, forStudent } from "./assignment-window";
import { enrolledAssignmentWhere } from "../assignments/assignment-access";

/**
 * An assignment of a class the student is enrolled in, with their attempts, as this student has it (their
 * extension's closing time and time limit, see forStudent). Not enrolled → NOT_FOUND.
 */
export async function getStudentAssignment(opts: { user: SessionUser; assignmentId: string }) {
  const a = await db.assignment.findFirst({
    where: { id: opts.assignmentId, ...enrolledAssignmentWhere(opts.user) },
    select: {
      ...assignmentSettingsSelect,
      setId: true,
      class: { select: { id: true, name: true } },
      set: { select: { description: true, _count: { select: { questions: true } } } },
      extensions: extensionOf(opts.user.id),
      attempts: {
        where: { studentId: opts.user.id },
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          startedAt: true,
          submittedAt: true,
          score: true,
          maxScore: true,
          shuffleSeed: true,
        },
      },
    },
  });
  if (!a) throw new AppError("NOT_FOUND", "That assignment does not exist, or you are not in its class.");
  return forStudent(a);
}
export type StudentAssignment = Awaited<ReturnType<typeof getStudentAssignment>>;
