import { z } from "zod";
import { requireStudent } from "@/server/auth/session";
import { parseInput, readJson, route } from "@/server/http/route-handler";
import { startAttempt } from "@/server/attempts/start-attempt";

const body = z.object({ assignmentId: z.string().min(1), another: z.boolean().default(false) });

/** Create-or-get the student's open attempt (race-safe; a second click returns the same attempt). */
export const POST = route(async (req: Request) => {
  const user = await requireStudent();
  const input = parseInput(body, await readJson(req, 4 * 1024));
  const r = await startAttempt({ user, assignmentId: input.assignmentId, another: input.another });
  return Response.json(r, { status: r.created ? 201 : 200 });
});
