import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session";

/** Sets an instructor may read: their own and the built-in ones. Another instructor's set is never matched. */
export function readableSetWhere(user: SessionUser, setId: string): Prisma.QuestionSetWhereInput {
  return { id: setId, OR: [{ ownerId: user.id }, { builtIn: true }] };
}

/** Sets an instructor may change: only their own (built-in sets are read-only for everyone). */
export function editableSetWhere(user: SessionUser, setId: string): Prisma.QuestionSetWhereInput {
  return { id: setId, ownerId: user.id, builtIn: false };
}
