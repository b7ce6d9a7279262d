import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { db } from "../db";
import type { Viewer } from "./load-discussion-context";
import { ownedAssignmentWhere } from "../assignments/assignment-access";

/** Dismisses a report without changing the post. */
export async function dismissReport({ viewer, reportId }: { viewer: Viewer; reportId: string }) {
  if (viewer.role !== "INSTRUCTOR") throw new AppError("FORBIDDEN", "Only the class's instructor can moderate posts.");
  const r = await db.postReport.updateMany({
    where: { id: reportId, resolvedAt: null, post: { assignment: ownedAssignmentWhere(viewer) } },
    data: { resolvedAt: new Date() },
  });
  if (r.count === 0) throw new AppError("NOT_FOUND", "That report was already handled. Reload the page.");
}
