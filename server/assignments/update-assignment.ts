import "server-only";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { settingsData } from "./assignment-settings-data";
import type { UpdateAssignmentInput } from "./assignment-settings-input";
import { getOwnedAssignment } from "./get-owned-assignment";

/**
 * Changes an assignment's settings (not its set or its mode: answers already given belong to that set).
 * Takes effect at once for everyone: the autosave and submit read the window and time limit from the
 * database on every call, so extending a deadline reopens the quiz and closing it refuses later answers.
 */
export async function updateAssignment(opts: {
  user: SessionUser;
  assignmentId: string;
  input: UpdateAssignmentInput;
}) {
  const a = await getOwnedAssignment(opts.user, opts.assignmentId);
  await db.assignment.update({ where: { id: a.id }, data: settingsData(opts.input, a.set.title) });
  return { id: a.id };
}
