import { requireUser } from "@/server/auth/session";
import { toggleReaction } from "@/server/discussion/toggle-reaction";
import { readJson, route } from "@/server/http/route-handler";

/** POST {target: post|response, id, reaction}: toggles the caller's reaction. */
export const POST = route(async (req) => {
  const viewer = await requireUser();
  await toggleReaction({ viewer, input: await readJson(req, 1024) });
  return Response.json({ ok: true });
});
