// A student's answer to the open question of a live session.
import { z } from "zod";
import { requireStudent } from "@/server/auth/session";
import { parseInput, readJson, route } from "@/server/http/route-handler";
import { submitLiveAnswer } from "@/server/live/submit-live-answer";

export const dynamic = "force-dynamic";

const body = z.object({ questionId: z.string().min(1).max(64), answer: z.unknown() });

export const POST = route(async (req: Request, { params }: { params: Promise<{ sessionId: string }> }) => {
  const { sessionId } = await params;
  const user = await requireStudent();
  const input = parseInput(body, await readJson(req, 32 * 1024));
  return Response.json(await submitLiveAnswer({ user, sessionId, questionId: input.questionId, answer: input.answer }));
});
