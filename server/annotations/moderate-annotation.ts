import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { ownedClassWhere } from "../classes/class-access";
import { db } from "../db";

export type AnnotationModeration = "pin" | "unpin" | "hide" | "unhide";

/** The class's instructor pins or hides an annotation (and undoes either). Hidden: only its author still sees it. */
export async function moderateAnnotation(o: {
  user: Pick<SessionUser, "id" | "role">;
  assignmentId: string;
  annotationId: string;
  action: AnnotationModeration;
}) {
  const data =
    o.action === "pin" || o.action === "unpin" ? { pinned: o.action === "pin" } : { hidden: o.action === "hide" };
  const { count } = await db.annotation.updateMany({
    where: { id: o.annotationId, assignmentId: o.assignmentId, assignment: { class: ownedClassWhere(o.user) } },
    data,
  });
  if (count === 0) throw new AppError("NOT_FOUND", "This annotation does not exist or is not in your class.");
}
