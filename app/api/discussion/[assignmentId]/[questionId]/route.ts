import { requireUser } from "@/server/auth/session";
import { loadDiscussionMore } from "@/server/discussion/load-discussion-more";
import { route } from "@/server/http/route-handler";

/**
 * GET (or ?thread=general)|response:<id>|post:<id> → { posts }: a whole thread of the discussion;
 * GET ?group=<key>&from=<n> → { answers }: a group's answer cards after the first n. Same access as the page.
 */
export const GET = route(async (req, { params }: { params: Promise<{ assignmentId: string; questionId: string }> }) => {
  const viewer = await requireUser();
  const { assignmentId, questionId } = await params;
  const input = Object.fromEntries(new URL(req.url).searchParams);
  const data = await loadDiscussionMore({ viewer, assignmentId, questionId, input });
  return Response.json(data, { headers: { "cache-control": "private, no-store" } });
});
