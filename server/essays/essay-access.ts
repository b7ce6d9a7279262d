import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { enrolledAssignmentWhere } from "../assignments/assignment-access";

type Viewer = { id: string; role: "INSTRUCTOR" | "STUDENT" } | null;

/**
 * Which essays a viewer may read: built-in essays are public reading; an imported essay is visible to the
 * instructor who imported it and to students whose class has been assigned a set drawn from it.
 */
export function essayVisibleTo(viewer: Viewer): Prisma.EssayWhereInput {
  if (!viewer) return { builtIn: true };
  if (viewer.role === "INSTRUCTOR") return { OR: [{ builtIn: true }, { ownerId: viewer.id }] };
  return {
    OR: [
      { builtIn: true },
      { questionSets: { some: { set: { assignments: { some: enrolledAssignmentWhere(viewer) } } } } },
    ],
  };
}
