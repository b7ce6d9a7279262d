import { requireUser } from "@/server/auth/session";
import { createPost } from "@/server/discussion/create-post";
import { readJson, route } from "@/server/http/route-handler";

/** POST a discussion post or reply (with citations). Body: see createPostInput. */
export const POST = route(async (req) => {
  const viewer = await requireUser();
  const post = await createPost({ viewer, input: await readJson(req, 32 * 1024) });
  return Response.json({ id: post.id }, { status: 201 });
});
