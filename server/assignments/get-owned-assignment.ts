import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { ownedAssignmentWhere } from "./assignment-access";
import { assignmentSettingsSelect } from "./assignment-settings-select";

const NOT_FOUND = "This assignment does not exist, or it belongs to another instructor's class.";

/** The assignment with its settings when `user` is the instructor who owns its class; NOT_FOUND for anyone else. */
export async function getOwnedAssignment(user: Pick<SessionUser, "id" | "role">, assignmentId: string) {
  const a = await db.assignment.findFirst({
    where: { id: assignmentId, ...ownedAssignmentWhere(user) },
    select: {
      ...assignmentSettingsSelect,
      classId: true,
      peersAfterAnswer: true,
      anonymous: true,
      showPassages: true,
      class: { select: { name: true } },
      set: { select: { title: true } },
      _count: { select: { attempts: true, posts: true } },
    },
  });
  if (!a) throw new AppError("NOT_FOUND", NOT_FOUND);
  return a;
}
