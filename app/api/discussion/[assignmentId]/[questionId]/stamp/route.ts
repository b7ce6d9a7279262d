import { requireUser } from "@/server/auth/session";
import { discussionStamp } from "@/server/discussion/discussion-stamp";
import { route } from "@/server/http/route-handler";

/** GET → { stamp }: changes when the discussion may show something new; open tabs re-render only then. */
export const GET = route(
  async (_req, { params }: { params: Promise<{ assignmentId: string; questionId: string }> }) => {
    const viewer = await requireUser();
    const { assignmentId, questionId } = await params;
    const stamp = await discussionStamp({ viewer, assignmentId, questionId });
    return Response.json({ stamp }, { headers: { "cache-control": "private, no-store" } });
  },
);
