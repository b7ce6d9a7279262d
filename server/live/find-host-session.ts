import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { ownedAssignmentWhere } from "../assignments/assignment-access";

export const liveSessionInclude = {
  assignment: {
    select: {
      id: true,
      title: true,
      setId: true,
      showPassages: true,
      classId: true,
      class: { select: { name: true } },
    },
  },
} as const;

/** The session if `user` teaches its class; NOT_FOUND otherwise (never another instructor's session). */
export async function findHostSession({ user, sessionId }: { user: SessionUser; sessionId: string }) {
  if (user.role !== "INSTRUCTOR")
    throw new AppError("FORBIDDEN", "Only the instructor running this session can control it.");
  const s = await db.liveSession.findFirst({
    where: { id: sessionId, assignment: ownedAssignmentWhere(user) },
    include: liveSessionInclude,
  });
  if (!s) throw new AppError("NOT_FOUND", "This live session does not exist or is not yours.");
  return s;
}
