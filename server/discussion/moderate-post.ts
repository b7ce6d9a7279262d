import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "../http/route-handler";
import { db } from "../db";
import type { Viewer } from "./load-discussion-context";
import { ownedAssignmentWhere } from "../assignments/assignment-access";

export const moderateInput = z.object({
  postId: z.string().min(1).max(64),
  action: z.enum(["pin", "unpin", "hide", "unhide", "delete"]),
});

/**
 * The instructor who owns the class pins, hides or deletes a post. Ownership is in the `where`, so
 * anyone else gets NOT_FOUND. Deleting is soft (the row keeps replies attached) and resolves its reports.
 */
export async function moderatePost({ viewer, input }: { viewer: Viewer; input: unknown }) {
  if (viewer.role !== "INSTRUCTOR") throw new AppError("FORBIDDEN", "Only the class's instructor can moderate posts.");
  const { postId, action } = parseInput(moderateInput, input);
  const where = { id: postId, deletedAt: null, assignment: ownedAssignmentWhere(viewer) };
  const data =
    action === "pin"
      ? { pinned: true }
      : action === "unpin"
        ? { pinned: false }
        : action === "hide"
          ? { hidden: true }
          : action === "unhide"
            ? { hidden: false }
            : { deletedAt: new Date(), pinned: false };
  return db.$transaction(async (tx) => {
    const post = await tx.post.findFirst({ where, select: { id: true, assignmentId: true, questionId: true } });
    if (!post) throw new AppError("NOT_FOUND", "That post no longer exists. Reload the page.");
    await tx.post.update({ where: { id: post.id }, data });
    if (action === "delete" || action === "hide")
      await tx.postReport.updateMany({
        where: { postId: post.id, resolvedAt: null },
        data: { resolvedAt: new Date() },
      });
    return post;
  });
}
