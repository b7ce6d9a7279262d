import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { assignmentSettingsSelect } from "./assignment-settings-select";
import { settingsData, type UpdateAssignmentInput } from "./create-assignment";

const NOT_FOUND = "This assignment does not exist, or it belongs to another instructor's class.";

/** The assignment with its settings when `user` is the instructor who owns its class; NOT_FOUND for anyone else. */
export async function ownedAssignment(user: Pick<SessionUser, "id" | "role">, assignmentId: string) {
  if (user.role !== "INSTRUCTOR") throw new AppError("NOT_FOUND", NOT_FOUND);
  const a = await db.assignment.findFirst({
    where: { id: assignmentId, class: { instructorId: user.id } },
    select: {
      ...assignmentSettingsSelect,
      classId: true,
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
  await db.assignment.update({ where: { id: a.id }, data: settingsData(opts.input, a.set.title) });
  return { id: a.id };
}

/** Deletes an assignment with every attempt, answer, grade, post and live session of it (one statement). */
export async function deleteAssignment(opts: { user: SessionUser; assignmentId: string }) {
  const a = await ownedAssignment(opts.user, opts.assignmentId);
  await db.assignment.delete({ where: { id: a.id } });
  return { classId: a.classId };
}

/**
 * Closes the assignment now (no more answers; unfinished attempts keep what was saved), or opens it now:
 * a closed one reopens with no deadline, one not yet open opens at once (its deadline stays). A closed
 * assignment that reveals answers after closing cannot reopen without a deadline (its answers would never
 * be revealed): the instructor sets a new closing time in its settings instead.
 */
export async function setAssignmentOpen(opts: { user: SessionUser; assignmentId: string; open: boolean }) {
  const a = await ownedAssignment(opts.user, opts.assignmentId);
  const now = new Date();
  const closed = a.closesAt !== null && a.closesAt <= now;
  const notYetOpen = a.opensAt !== null && a.opensAt > now;
  if (!opts.open) {
    if (closed) return { id: a.id };
    await db.assignment.update({ where: { id: a.id }, data: { closesAt: now, ...(notYetOpen ? { opensAt: null } : {}) } });
    return { id: a.id };
  }
  if (closed && a.revealAnswers === "AFTER_CLOSE")
    throw new AppError("INVALID", "This assignment shows answers after it closes, so it needs a closing time: set a new one in Edit settings.");
  await db.assignment.update({ where: { id: a.id }, data: { ...(closed ? { closesAt: null } : {}), ...(notYetOpen ? { opensAt: null } : {}) } });
  return { id: a.id };
}
