import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { looksLikeClassCode, normalizeJoinCode } from "@/lib/live/join-code";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { guardJoinCode } from "../rate-limits/guard-join-code";
import { NOT_ENROLLED } from "./find-student-session";

/** The running session a student's code opens; clear messages for a mistyped code or another class's session. */
export async function findSessionByCode({
  user,
  code,
  clientAddress,
}: {
  user: SessionUser;
  code: string;
  clientAddress: string;
}): Promise<string> {
  const joinCode = normalizeJoinCode(code);
  if (!joinCode && looksLikeClassCode(code))
    throw new AppError(
      "INVALID",
      "That looks like a class code. To join the class, use Join a class; a live session’s code is the six digits on the screen.",
      { code: "Enter the six-digit live code." },
    );
  if (!joinCode)
    throw new AppError("INVALID", "Enter the six digits shown on the screen at the front of the room.", {
      code: "Enter the six-digit code.",
    });
  if (user.role !== "STUDENT")
    throw new AppError(
      "FORBIDDEN",
      "Live sessions are joined with a student account. Sign in as a student to take part.",
    );
  const s = await guardJoinCode(
    clientAddress,
    () =>
      db.liveSession.findUnique({
        where: { joinCode },
        select: {
          id: true,
          state: true,
          assignment: {
            select: { class: { select: { enrollments: { where: { userId: user.id }, select: { id: true } } } } },
          },
        },
      }),
    (found) => !found || found.state === "ENDED",
  );
  if (!s || s.state === "ENDED")
    throw new AppError(
      "NOT_FOUND",
      "No live session is running with that code. Check the code on the screen and try again.",
      { code: "No session has this code." },
    );
  if (s.assignment.class.enrollments.length === 0) throw new AppError("FORBIDDEN", NOT_ENROLLED);
  return s.id;
}
