import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { enrolledAssignmentWhere } from "../assignments/assignment-access";
import { liveSessionInclude } from "./find-host-session";

export const NOT_ENROLLED =
  "You are not enrolled in the class running this live session. Join the class with the class code your instructor gave you, then try again.";

/** The session if `user` is a student enrolled in its class; a clear FORBIDDEN when they are not. */
export async function findStudentSession({
  user,
  sessionId,
}: {
  user: Pick<SessionUser, "id" | "role">;
  sessionId: string;
}) {
  if (user.role !== "STUDENT")
    throw new AppError(
      "FORBIDDEN",
      "Live sessions are joined with a student account. Sign in as a student to take part.",
    );
  const s = await db.liveSession.findFirst({
    where: { id: sessionId, assignment: enrolledAssignmentWhere(user) },
    include: liveSessionInclude,
  });
  if (s) return s;
  const exists = await db.liveSession.count({ where: { id: sessionId } });
  if (exists) throw new AppError("FORBIDDEN", NOT_ENROLLED);
  throw new AppError(
    "NOT_FOUND",
    "This live session does not exist. Check the code on the screen at the front of the room.",
  );
}
