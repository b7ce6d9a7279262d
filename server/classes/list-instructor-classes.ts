import "server-only";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { ownedClassWhere } from "./class-access";

export async function listInstructorClasses(opts: { user: SessionUser }) {
  return db.class.findMany({
    where: { ...ownedClassWhere(opts.user), archivedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, joinCode: true, _count: { select: { enrollments: true, assignments: true } } },
  });
}
