import "server-only";
import { cache } from "react";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { ownedClassWhere } from "./class-access";

/** The class when `user` is its instructor; NOT_FOUND for everyone else. */
export async function findOwnedClass({ user, classId }: { user: Pick<SessionUser, "id" | "role">; classId: string }) {
  const cls = await db.class.findFirst({
    where: { id: classId, ...ownedClassWhere(user) },
    select: { id: true, name: true, joinCode: true },
  });
  if (!cls) throw new AppError("NOT_FOUND", "This class does not exist, or it is not yours.");
  return cls;
}

/** findOwnedClass memoised for one page render: the class report's layout and page share the query. */
export const findOwnedClassForPage = cache((userId: string, role: SessionUser["role"], classId: string) =>
  findOwnedClass({ user: { id: userId, role }, classId }),
);
