import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { editableSetWhere } from "./set-access";

/** Deletes an instructor's set with its questions. A set assigned to a class is kept: its students' work depends on it. */
export async function deleteSet(opts: { user: SessionUser; setId: string }) {
  return db.$transaction(async (tx) => {
    const set = await tx.questionSet.findFirst({
      where: editableSetWhere(opts.user, opts.setId),
      select: { id: true, _count: { select: { assignments: true } } },
    });
    if (!set) throw new AppError("NOT_FOUND", "This question set does not exist or is not yours.");
    if (set._count.assignments > 0)
      throw new AppError(
        "CONFLICT",
        "This set is assigned to a class, so its students' answers depend on it. Remove the assignment first, or duplicate the set and edit the copy.",
      );
    await tx.questionSet.delete({ where: { id: set.id } });
  });
}
