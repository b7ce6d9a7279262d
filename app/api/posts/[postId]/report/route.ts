import { requireUser } from "@/server/auth/session";
import { reportPost } from "@/server/discussion/report-post";
import { readJsonFields, route } from "@/server/http/route-handler";

/** POST {reason}: report a post to the instructor. */
export const POST = route(async (req, { params }: { params: Promise<{ postId: string }> }) => {
  const viewer = await requireUser();
  const { postId } = await params;
  const body = await readJsonFields(req, 4 * 1024);
  await reportPost({ viewer, input: { ...body, postId } });
  return Response.json({ ok: true });
});
