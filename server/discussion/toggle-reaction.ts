import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { REACTIONS } from "@/lib/discussion/view-types";
import { parseInput } from "../http/route-handler";
import { db } from "../db";
import { assertCanParticipate } from "./assert-can-participate";
import { loadDiscussionContext, type Viewer } from "./load-discussion-context";

export const reactionInput = z.object({
  target: z.enum(["post", "response"]),
  id: z.string().min(1).max(64),
  reaction: z.enum(REACTIONS.map((r) => r.key) as [string, ...string[]]),
});

/** Adds the viewer's reaction to a post or answer, or removes it if present. Unique per user+target+kind. */
export async function toggleReaction({ viewer, input }: { viewer: Viewer; input: unknown }) {
  const { target, id, reaction } = parseInput(reactionInput, input);
  const where =
    target === "post"
      ? await db.post.findFirst({
          where: {
            id,
            deletedAt: null,
            ...(viewer.role === "INSTRUCTOR" ? {} : { OR: [{ hidden: false }, { authorId: viewer.id }] }),
          },
          select: { assignmentId: true, questionId: true },
        })
      : await db.response
          .findFirst({
            where: { id, attempt: { submittedAt: { not: null } } },
            select: { questionId: true, attempt: { select: { assignmentId: true } } },
          })
          .then((r) => r && { assignmentId: r.attempt.assignmentId, questionId: r.questionId });
  if (!where) throw new AppError("NOT_FOUND", "That post or answer no longer exists. Reload the page.");
  const ctx = await loadDiscussionContext({ viewer, ...where });
  assertCanParticipate(ctx);
  const targetKey = `${target}:${id}`;
  const existing = await db.reaction.findUnique({
    where: { userId_targetKey_emoji: { userId: viewer.id, targetKey, emoji: reaction } },
    select: { id: true },
  });
  if (existing) await db.reaction.delete({ where: { id: existing.id } });
  else
    await db.reaction
      .create({
        data: {
          userId: viewer.id,
          targetKey,
          emoji: reaction,
          postId: target === "post" ? id : null,
          responseId: target === "response" ? id : null,
        },
      })
      .catch((e: { code?: string }) => {
        if (e.code !== "P2002") throw e; // a double click raced us: the reaction is there, which is what was asked
      });
  return where;
}
