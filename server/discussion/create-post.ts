import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "../http/route-handler";
import { db } from "../db";
import { buildCitations, citationInput } from "./build-citations";
import { assertCanParticipate } from "./assert-can-participate";
import { loadDiscussionContext, type Viewer } from "./load-discussion-context";

export const MAX_POST_BYTES = 5000;

export const createPostInput = z.object({
  assignmentId: z.string().min(1).max(64),
  questionId: z.string().min(1).max(64),
  body: z
    .string()
    .trim()
    .min(1, "Write something before posting.")
    .refine(
      (s) => Buffer.byteLength(s) <= MAX_POST_BYTES,
      "Your post is too long: keep it under 5,000 characters (5 kB).",
    )
    .refine((s) => !s.includes("\u0000"), "Your post contains a character that is not allowed."),
  responseId: z.string().min(1).max(64).nullish(),
  parentId: z.string().min(1).max(64).nullish(),
  citations: z.array(citationInput).max(5, "Cite at most five passages in one post.").default([]),
});

/**
 * Posts to a question's discussion, as a reply to an answer, to another post, or on the question itself.
 * The post and its citations are written in one transaction; a reply target must be visible to the author.
 */
export async function createPost({ viewer, input }: { viewer: Viewer; input: unknown }) {
  const data = parseInput(createPostInput, input);
  return db.$transaction(async (tx) => {
    const ctx = await loadDiscussionContext({
      viewer,
      assignmentId: data.assignmentId,
      questionId: data.questionId,
      tx,
    });
    assertCanParticipate(ctx);
    let responseId = data.responseId ?? null;
    if (data.parentId) {
      const parent = await tx.post.findFirst({
        where: {
          id: data.parentId,
          assignmentId: ctx.assignment.id,
          questionId: ctx.question.id,
          deletedAt: null,
          ...(ctx.isInstructor ? {} : { OR: [{ hidden: false }, { authorId: viewer.id }] }),
        },
        select: { responseId: true },
      });
      if (!parent) throw new AppError("NOT_FOUND", "The post you are replying to was removed. Reload the page.");
      responseId = parent.responseId;
    } else if (responseId) {
      const target = await tx.response.count({
        where: {
          id: responseId,
          questionId: ctx.question.id,
          attempt: { assignmentId: ctx.assignment.id, submittedAt: { not: null } },
        },
      });
      if (!target)
        throw new AppError("NOT_FOUND", "The answer you are replying to is no longer available. Reload the page.");
    }
    const citations = await buildCitations(tx, {
      setId: ctx.assignment.setId,
      citedPassageIds: ctx.question.passages.map((p) => p.passageId),
      citations: data.citations,
    });
    // In a debate a post carries its author's side, so a rebuttal across sides is labelled as such.
    const mine =
      ctx.question.type === "DEBATE" && !ctx.isInstructor
        ? await tx.response.findFirst({
            where: {
              questionId: ctx.question.id,
              attempt: { assignmentId: ctx.assignment.id, studentId: viewer.id, submittedAt: { not: null } },
            },
            orderBy: { attempt: { number: "desc" } },
            select: { stance: true },
          })
        : null;
    return tx.post.create({
      data: {
        assignmentId: ctx.assignment.id,
        questionId: ctx.question.id,
        authorId: viewer.id,
        responseId,
        parentId: data.parentId ?? null,
        body: data.body,
        stance: mine?.stance ?? null,
        citations: { create: citations },
      },
      select: { id: true },
    });
  });
}
