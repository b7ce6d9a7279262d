import "server-only";
import type { Prisma } from "../generated/prisma/client";

/** The essays an assignment has students read: its reading task's, or for a quiz its set's (as the read page). */
export function assignmentEssayWhere(a: {
  setId: string;
  readingTask: { essayId: string } | null;
}): Prisma.EssayWhereInput {
  return a.readingTask ? { id: a.readingTask.essayId } : { questionSets: { some: { setId: a.setId } } };
}
