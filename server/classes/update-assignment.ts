import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import type { UpdateAssignmentInput } from "./create-assignment";

const NOT_FOUND = "This assignment does not exist, or it belongs to another instructor's class.";

async function ownedAssignment(user: Pick<SessionUser, "id" | "role">, assignmentId: string) {
  if (user.role !== "INSTRUCTOR") throw new AppError("NOT_FOUND", NOT_FOUND);
  const a = await db.assignment.findFirst({
    where: { id: assignmentId, class: { instructorId: user.id } },
    select: {
      id: true,
      title: true,
      mode: true,
      classId: true,
      opensAt: true,
      closesAt: true,
      attemptsAllowed: true,
      timeLimitMinutes: true,
      shuffleQuestions: true,
      shuffleChoices: true,
      revealAnswers: true,
      peersAfterAnswer: true,
      anonymous: true,
      class: { select: { name: true } },
      set: { select: { title: true } },
      _count: { select: { attempts: true, posts: true } },
    },
  });
  if (!a) throw new AppError("NOT_FOUND", NOT_FOUND);
  return a;
}

/** The assignment's settings for its edit form, with what deleting it would take away. */
export async function getAssignmentForEdit(opts: { user: SessionUser; assignmentId: string }) {
  const a = await ownedAssignment(opts.user, opts.assignmentId);
  const students = await db.attempt.findMany({ where: { assignmentId: a.id }, distinct: ["studentId"], select: { studentId: true } });
  return { ...a, studentsWithWork: students.length };
}

/**
 * Changes an assignment's settings (not its set or its mode: answers already given belong to that set).
 * Takes effect at once for everyone: the autosave and submit read the window and time limit from the
 * database on every call, so extending a deadline reopens the quiz and closing it refuses later answers.
 */
export async function updateAssignment(opts: { user: SessionUser; assignmentId: string; input: UpdateAssignmentInput }) {
  const a = await ownedAssignment(opts.user, opts.assignmentId);
  const { input } = opts;
  await db.assignment.update({
    where: { id: a.id },
    data: {
      title: input.title || a.set.title,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      attemptsAllowed: input.attemptsAllowed,
      timeLimitMinutes: input.timeLimitMinutes,
      shuffleQuestions: input.shuffleQuestions,
      shuffleChoices: input.shuffleChoices,
      revealAnswers: input.revealAnswers,
      peersAfterAnswer: input.peersAfterAnswer,
      anonymous: input.anonymous,
    },
  });
  return { id: a.id };
}

/** Deletes an assignment with every attempt, answer, grade, post and live session of it (one statement). */
export async function deleteAssignment(opts: { user: SessionUser; assignmentId: string }) {
  const a = await ownedAssignment(opts.user, opts.assignmentId);
  await db.assignment.delete({ where: { id: a.id } });
  return { classId: a.classId };
}
