import "server-only";
import { cache } from "react";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { db } from "../db";

const NOT_FOUND = "This report does not exist, or it belongs to another instructor's class.";

/**
 * The assignment with its questions (and their cited passages) when `user` is the instructor who owns its
 * class. Anyone else gets NOT_FOUND, so a report's existence is not revealed.
 */
export async function findOwnedAssignment({ user, assignmentId }: { user: SessionUser; assignmentId: string }) {
  if (user.role !== "INSTRUCTOR") throw new AppError("NOT_FOUND", NOT_FOUND);
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, class: { instructorId: user.id } },
    select: {
      id: true,
      title: true,
      classId: true,
      setId: true,
      class: { select: { id: true, name: true } },
      set: {
        select: {
          title: true,
          questions: {
            orderBy: [{ position: "asc" }, { id: "asc" }],
            select: {
              id: true,
              position: true,
              type: true,
              prompt: true,
              content: true,
              answerKey: true,
              points: true,
              passages: { orderBy: { position: "asc" }, select: { passageId: true } },
            },
          },
        },
      },
    },
  });
  if (!assignment) throw new AppError("NOT_FOUND", NOT_FOUND);
  return assignment;
}

export type OwnedAssignment = Awaited<ReturnType<typeof findOwnedAssignment>>;

/** The class when `user` is its instructor; NOT_FOUND for everyone else. */
export async function findOwnedClass({ user, classId }: { user: Pick<SessionUser, "id" | "role">; classId: string }) {
  if (user.role !== "INSTRUCTOR") throw new AppError("NOT_FOUND", "This class does not exist, or it is not yours.");
  const cls = await db.class.findFirst({ where: { id: classId, instructorId: user.id }, select: { id: true, name: true, joinCode: true } });
  if (!cls) throw new AppError("NOT_FOUND", "This class does not exist, or it is not yours.");
  return cls;
}

/** findOwnedClass memoised for one page render: the class report's layout and page share the query. */
export const findOwnedClassForPage = cache((userId: string, role: SessionUser["role"], classId: string) => findOwnedClass({ user: { id: userId, role }, classId }));

/** Only the ownership test of findOwnedAssignment, for the report's layout (it runs before the page streams). */
export async function assertOwnsAssignment({ user, assignmentId }: { user: SessionUser; assignmentId: string }): Promise<void> {
  if (user.role !== "INSTRUCTOR" || (await db.assignment.count({ where: { id: assignmentId, class: { instructorId: user.id } } })) === 0) {
    throw new AppError("NOT_FOUND", NOT_FOUND);
  }
}
