import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { ownedClassWhere } from "./class-access";

/** Removes a student from one of the instructor's classes. Their past attempts stay for the record. */
export async function removeStudent(opts: { user: SessionUser; classId: string; studentId: string }) {
  const r = await db.enrollment.deleteMany({
    where: { classId: opts.classId, userId: opts.studentId, class: ownedClassWhere(opts.user) },
  });
  if (r.count === 0) throw new AppError("NOT_FOUND", "That student is not in this class.");
}
