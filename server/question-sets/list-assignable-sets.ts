import "server-only";
import type { SessionUser } from "../auth/session";
import { db } from "../db";

/** Question sets an instructor may assign: their own and the built-in ones, with at least one question. */
export async function listAssignableSets(opts: { user: SessionUser }) {
  return db.questionSet.findMany({
    where: { OR: [{ ownerId: opts.user.id }, { builtIn: true }], questions: { some: {} } },
    orderBy: [{ builtIn: "asc" }, { updatedAt: "desc" }],
    select: { id: true, title: true, builtIn: true, _count: { select: { questions: true } } },
  });
}
