import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session";

type User = Pick<SessionUser, "id" | "role">;

/** Matches no row: what a caller without the role gets, so a query can never return another user's class. */
const NOTHING = { id: { in: [] } } satisfies Prisma.ClassWhereInput;

/** Classes `user` teaches. Anyone but an instructor matches nothing. */
export function ownedClassWhere(user: User): Prisma.ClassWhereInput {
  return user.role === "INSTRUCTOR" ? { instructorId: user.id } : NOTHING;
}

/** Classes `user` is enrolled in as a student. */
export function enrolledClassWhere(user: User): Prisma.ClassWhereInput {
  return { enrollments: { some: { userId: user.id } } };
}
