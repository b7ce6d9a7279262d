import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { getOwnedAssignment } from "./get-owned-assignment";

/**
 * Closes the assignment now (no more answers; unfinished attempts keep what was saved), or opens it now:
 * a closed one reopens with no deadline, one not yet open opens at once (its deadline stays). A closed
 * assignment that reveals answers after closing cannot reopen without a deadline (its answers would never
 * be revealed): the instructor sets a new closing time in its settings instead.
 */
export async function setAssignmentOpen(opts: { user: SessionUser; assignmentId: string; open: boolean }) {
  const a = await getOwnedAssignment(opts.user, opts.assignmentId);
  const now = new Date();
  const closed = a.closesAt !== null && a.closesAt <= now;
  const notYetOpen = a.opensAt !== null && a.opensAt > now;
  if (!opts.open) {
    if (closed) return { id: a.id };
    await db.assignment.update({
      where: { id: a.id },
      data: { closesAt: now, ...(notYetOpen ? { opensAt: null } : {}) },
    });
    return { id: a.id };
  }
  if (closed && a.revealAnswers === "AFTER_CLOSE")
    throw new AppError(
      "INVALID",
      "This assignment shows answers after it closes, so it needs a closing time: set a new one in Edit settings.",
    );
  await db.assignment.update({
    where: { id: a.id },
    data: { ...(closed ? { closesAt: null } : {}), ...(notYetOpen ? { opensAt: null } : {}) },
  });
  return { id: a.id };
}
