import "server-only";
import { randomInt } from "node:crypto";
import { AppError } from "@/lib/errors/app-error";
import { makeJoinCode } from "@/lib/live/join-code";
import type { SessionUser } from "../auth/session";
import { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { ownedAssignmentWhere } from "../assignments/assignment-access";

/**
 * Opens a live session (in its lobby) for an assignment the instructor owns, or returns the one already
 * running: pressing "Start" twice, or on two devices, never splits the class across two sessions.
 */
export async function startLiveSession({
  user,
  assignmentId,
  timerSeconds,
}: {
  user: SessionUser;
  assignmentId: string;
  timerSeconds: number | null;
}): Promise<string> {
  if (user.role !== "INSTRUCTOR") throw new AppError("FORBIDDEN", "Only instructors can run live sessions.");
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, ...ownedAssignmentWhere(user) },
    select: { id: true, mode: true, set: { select: { _count: { select: { questions: true } } } } },
  });
  if (!assignment) throw new AppError("NOT_FOUND", "This assignment does not exist or is not yours.");
  if (assignment.mode !== "LIVE")
    throw new AppError("INVALID", "This assignment is self-paced. Create a live assignment to run it in class.");
  if (assignment.set._count.questions === 0)
    throw new AppError("INVALID", "The question set has no questions yet. Add questions, then start the session.");

  const running = await db.liveSession.findFirst({
    where: { assignmentId, state: { not: "ENDED" } },
    select: { id: true },
  });
  if (running) return running.id;
  for (let tries = 0; tries < 8; tries++) {
    try {
      const s = await db.liveSession.create({
        data: { assignmentId, timerSeconds, joinCode: makeJoinCode(randomInt) },
        select: { id: true },
      });
      return s.id;
    } catch (e) {
      // A join code collision with another running session: draw again.
      if (!(e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")) throw e;
    }
  }
  throw new AppError("CONFLICT", "Could not find a free join code. Try again in a moment.");
}
