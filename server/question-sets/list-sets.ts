import "server-only";
import type { SessionUser } from "../auth/session";
import { ownedAssignmentWhere } from "../assignments/assignment-access";
import { db } from "../db";

/**
 * The instructor's own sets (newest first) and the built-in sets, with what a list needs to show. `assignments`
 * counts only the caller's classes: a built-in set is shared, another instructor's use of it is not theirs to see.
 */
export async function listSets(opts: { user: SessionUser }) {
  const sets = await db.questionSet.findMany({
    where: { OR: [{ ownerId: opts.user.id }, { builtIn: true }] },
    orderBy: [{ builtIn: "asc" }, { updatedAt: "desc" }],
    select: {
      id: true,
      title: true,
      description: true,
      builtIn: true,
      updatedAt: true,
      essays: { select: { essay: { select: { title: true, slug: true } } } },
      _count: { select: { questions: true, assignments: { where: ownedAssignmentWhere(opts.user) } } },
    },
  });
  return sets.map((s) => ({
    id: s.id,
    title: s.title,
    description: s.description,
    builtIn: s.builtIn,
    updatedAt: s.updatedAt,
    essays: s.essays.map((e) => e.essay),
    questions: s._count.questions,
    assignments: s._count.assignments,
  }));
}
