import "server-only";
import { requireUserPage } from "../auth/session";
import { orNotFound } from "../http/or-not-found";
import { discussionContextForPage } from "./load-discussion-context";

/**
 * For the discussion and debate layouts: sign-in redirect, or 404 for anyone who may not see the question.
 * The page's own data load reuses this check's queries (discussionContextForPage is per-request memoised).
 */
export async function requireDiscussionPage(
  params: Promise<{ assignmentId: string; questionId: string }>,
  page: "discussion" | "debate",
) {
  const { assignmentId, questionId } = await params;
  const viewer = await requireUserPage(`/assignments/${assignmentId}/questions/${questionId}/${page}`);
  await orNotFound(discussionContextForPage(viewer.id, viewer.role, assignmentId, questionId));
}
