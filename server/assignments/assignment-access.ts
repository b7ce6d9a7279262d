import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session";
import { enrolledClassWhere, ownedClassWhere } from "../classes/class-access";

type User = Pick<SessionUser, "id" | "role">;

/** Assignments in a class `user` teaches. Anyone but an instructor matches nothing. */
export function ownedAssignmentWhere(user: User): Prisma.AssignmentWhereInput {
  return { class: ownedClassWhere(user) };
}

/** Assignments in a class `user` is enrolled in. */
export function enrolledAssignmentWhere(user: User): Prisma.AssignmentWhereInput {
  return { class: enrolledClassWhere(user) };
}
