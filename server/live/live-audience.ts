import "server-only";
import type { SessionUser } from "../auth/session";
import { findHostSession } from "./find-host-session";
import { findStudentSession } from "./find-student-session";

/** Who a stream is for: the host sees everything, a student everything but the live distribution. */
export async function liveAudience({
  user,
  sessionId,
}: {
  user: SessionUser;
  sessionId: string;
}): Promise<"host" | "student"> {
  if (user.role === "INSTRUCTOR") {
    await findHostSession({ user, sessionId });
    return "host";
  }
  await findStudentSession({ user, sessionId });
  return "student";
}
