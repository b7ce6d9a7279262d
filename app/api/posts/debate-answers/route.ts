import { requireStudent } from "@/server/auth/session";
import { submitDebateAnswer } from "@/server/discussion/submit-debate-answer";
import { readJson, route } from "@/server/http/route-handler";

/** POST {assignmentId, questionId, stanceId, text, citations}: answer a debate prompt from the debate view. */
export const POST = route(async (req) => {
  const viewer = await requireStudent();
  const result = await submitDebateAnswer({ viewer, input: await readJson(req, 32 * 1024) });
  return Response.json(result, { status: result.alreadyAnswered ? 200 : 201 });
});
