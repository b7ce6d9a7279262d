import { requireInstructor } from "@/server/auth/session";
import { moderatePost } from "@/server/discussion/moderate-post";
import { readJsonFields, route } from "@/server/http/route-handler";

/** POST {action: pin|unpin|hide|unhide|delete}: the class's instructor moderates a post. */
export const POST = route(async (req, { params }: { params: Promise<{ postId: string }> }) => {
  const viewer = await requireInstructor();
  const { postId } = await params;
  const body = await readJsonFields(req, 1024);
  await moderatePost({ viewer, input: { ...body, postId } });
  return Response.json({ ok: true });
});
