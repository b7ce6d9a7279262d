import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "../http/route-handler";
import { db } from "../db";
import { assertCanParticipate } from "./assert-can-participate";
import { loadDiscussionContext, type Viewer } from "./load-discussion-context";

export const reportInput = z.object({
  postId: z.string().min(1).max(64),
  reason: z
    .string()
    .trim()
    .min(3, "Say briefly what is wrong with this post (at least 3 characters).")
    .max(500, "Keep the reason under 500 characters."),
});

/** A student reports a post they can see to the instructor. Reporting twice updates the reason (idempotent). */
export async function reportPost({ viewer, input }: { viewer: Viewer; input: unknown }) {
  const { postId, reason } = parseInput(reportInput, input);
  const post = await db.post.findFirst({
    where: { id: postId, deletedAt: null, OR: [{ hidden: false }, { authorId: viewer.id }] },
    select: { id: true, assignmentId: true, questionId: true, authorId: true },
  });
  if (!post) throw new AppError("NOT_FOUND", "That post no longer exists. Reload the page.");
  const ctx = await loadDiscussionContext({ viewer, assignmentId: post.assignmentId, questionId: post.questionId });
  assertCanParticipate(ctx);
  if (post.authorId === viewer.id)
    throw new AppError("INVALID", "You cannot report your own post; ask your instructor to remove it.");
  await db.postReport.upsert({
    where: { postId_reporterId: { postId: post.id, reporterId: viewer.id } },
    create: { postId: post.id, reporterId: viewer.id, reason },
    update: { reason, resolvedAt: null },
  });
  return post;
}
