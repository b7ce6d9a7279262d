import "server-only";
import { randomInt } from "node:crypto";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { closedReason } from "./assignment-window";
import { getStudentAssignment } from "./get-student-assignment";

/**
 * Create-or-get the student's open attempt. Race-safe: the row is inserted with ON CONFLICT DO NOTHING on
 * (assignment, student, number) and then read back, so double clicks, retries and two tabs all land on
 * one attempt. A new attempt after a submitted one is made only when `another` is asked for and allowed.
 */
export async function startAttempt(opts: { user: SessionUser; assignmentId: string; another?: boolean }) {
  if (opts.user.role !== "STUDENT")
    throw new AppError("FORBIDDEN", "Only students take quizzes. Use the preview to see it as a student would.");
  const a = await getStudentAssignment(opts);
  if ((await db.readingTask.count({ where: { assignmentId: a.id } })) > 0)
    throw new AppError("CONFLICT", "This is a reading to annotate, not a quiz: open the reading from the assignment.");
  if (a.mode !== "SELF_PACED")
    throw new AppError("CONFLICT", "This is a live quiz: join it when your instructor starts it.");
  const last = a.attempts.at(-1);
  if (last && !last.submittedAt) return { id: last.id, number: last.number, created: false };
  const reason = closedReason(a);
  if (reason) throw new AppError("CLOSED", reason);
  if (last && !opts.another) return { id: last.id, number: last.number, created: false };
  const number = (last?.number ?? 0) + 1;
  if (number > a.attemptsAllowed)
    throw new AppError(
      "CONFLICT",
      a.attemptsAllowed === 1
        ? "You have already submitted this assignment."
        : `You have used all ${a.attemptsAllowed} attempts.`,
    );
  const created = await db.attempt.createMany({
    data: [{ assignmentId: a.id, studentId: opts.user.id, number, shuffleSeed: randomInt(2 ** 31) }],
    skipDuplicates: true,
  });
  const row = await db.attempt.findUniqueOrThrow({
    where: { assignmentId_studentId_number: { assignmentId: a.id, studentId: opts.user.id, number } },
    select: { id: true, number: true },
  });
  return { ...row, created: created.count === 1 };
}
