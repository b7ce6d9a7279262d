// The instructor's controls: next question, reveal the answer, end the session.
import { z } from "zod";
import { requireInstructor } from "@/server/auth/session";
import { parseInput, readJson, route } from "@/server/http/route-handler";
import { controlLiveSession } from "@/server/live/control-live-session";

export const dynamic = "force-dynamic";

const body = z.object({
  action: z.enum(["next", "reveal", "end"]),
  from: z.object({ state: z.enum(["LOBBY", "QUESTION", "REVEAL", "ENDED"]), index: z.number().int().min(-1) }),
});

export const POST = route(async (req: Request, { params }: { params: Promise<{ sessionId: string }> }) => {
  const { sessionId } = await params;
  const user = await requireInstructor();
  const input = parseInput(body, await readJson(req, 4 * 1024));
  return Response.json(await controlLiveSession({ user, sessionId, ...input }));
});
