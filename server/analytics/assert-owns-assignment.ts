import "server-only";
import type { SessionUser } from "../auth/session";
import { findOwnedAssignment } from "./find-owned-assignment";

/**
 * The ownership test of findOwnedAssignment, for the report's layout (it runs before the page streams), on the
 * primary, and what the report's header shows (the page draws it before the statistics are computed). The same
 * per-request lookup as the page's when no replica is set (analyticsDb() is then the primary): the page's own call
 * costs no query; with a replica the page reads its copy there.
 */
export async function assertOwnsAssignment({
  user,
  assignmentId,
}: {
  user: SessionUser;
  assignmentId: string;
}): Promise<{ id: string; title: string; classId: string; className: string; setTitle: string }> {
  const a = await findOwnedAssignment({ user, assignmentId });
  return { id: a.id, title: a.title, classId: a.class.id, className: a.class.name, setTitle: a.set.title };
}
