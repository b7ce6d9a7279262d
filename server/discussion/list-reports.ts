import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import type { Viewer } from "./load-discussion-context";
import { ownedAssignmentWhere } from "../assignments/assignment-access";

/** The moderation queue of one assignment for its instructor: open reports first, then hidden posts. */
export async function listReports({ viewer, assignmentId }: { viewer: Viewer; assignmentId: string }) {
  if (viewer.role !== "INSTRUCTOR") notFound();
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, ...ownedAssignmentWhere(viewer) },
    select: { id: true, title: true, class: { select: { name: true } } },
  });
  if (!assignment) notFound();
  const postSelect = {
    id: true,
    body: true,
    hidden: true,
    pinned: true,
    createdAt: true,
    questionId: true,
    question: { select: { prompt: true, position: true } },
    author: { select: { name: true } },
  } as const;
  const [reports, hidden] = await Promise.all([
    db.postReport.findMany({
      where: { resolvedAt: null, post: { assignmentId, deletedAt: null } },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        reason: true,
        createdAt: true,
        reporter: { select: { name: true } },
        post: { select: postSelect },
      },
    }),
    db.post.findMany({
      where: { assignmentId, hidden: true, deletedAt: null },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: postSelect,
    }),
  ]);
  return { assignment, reports, hidden };
}
