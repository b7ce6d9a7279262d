import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { db } from "../db";
import { loadDiscussionContext, type DiscussionRef } from "./load-discussion-context";

/**
 * A short text that changes whenever what the discussion of one question shows may have changed: its posts
 * (new, edited, hidden, deleted, pinned), reactions, reports, and the submitted answers with their grades. Open
 * discussion tabs ask for it every 20 s and re-render the page only when it differs (a whole render costs ~45 ms
 * of server CPU; a class of 30 open tabs made 1.5 of them a second with nothing new). Same access as the page.
 */
export async function discussionStamp({ viewer, assignmentId, questionId }: DiscussionRef): Promise<string> {
  const ctx = await loadDiscussionContext({ viewer, assignmentId, questionId });
  if (!ctx.canSeePeers) throw new AppError("FORBIDDEN", ctx.lockedReason ?? "Submit your answers first.");
  return readDiscussionStamp(assignmentId, questionId);
}

/**
 * The stamp without the access check, for the discussion and debate pages, which read it before their data (a
 * change in between then shows at the next tick, never gets lost) and show it only to a viewer their own check
 * let in. Counts and times only: it reveals nothing of the discussion.
 */
export async function readDiscussionStamp(assignmentId: string, questionId: string): Promise<string> {
  const [row] = await db.$queryRaw<{ stamp: string }[]>`
    SELECT concat_ws(':',
      (SELECT concat(count(*), '/', max("updatedAt")) FROM "Post"
        WHERE "assignmentId" = ${assignmentId} AND "questionId" = ${questionId}),
      (SELECT concat(count(*), '/', max(x."createdAt"), '/', count(x."resolvedAt")) FROM "PostReport" x
        JOIN "Post" p ON p.id = x."postId"
        WHERE p."assignmentId" = ${assignmentId} AND p."questionId" = ${questionId}),
      -- by target key, as the page counts them (the index on "targetKey"; joins through postId/responseId scanned
      -- every reaction of every discussion on each poll)
      (SELECT concat(count(*), '/', max(r."createdAt")) FROM "Reaction" r
        WHERE r."targetKey" IN (
          SELECT 'post:' || p.id FROM "Post" p WHERE p."assignmentId" = ${assignmentId} AND p."questionId" = ${questionId}
          UNION ALL
          SELECT 'response:' || s.id FROM "Response" s JOIN "Attempt" a ON a.id = s."attemptId"
            WHERE a."assignmentId" = ${assignmentId} AND s."questionId" = ${questionId})),
      (SELECT concat(count(*), '/', max(s."updatedAt"), '/', max(a."submittedAt")) FROM "Response" s
        JOIN "Attempt" a ON a.id = s."attemptId"
        WHERE a."assignmentId" = ${assignmentId} AND s."questionId" = ${questionId} AND a."submittedAt" IS NOT NULL)
    ) AS stamp`;
  return row!.stamp;
}
