import { parseInput, readJson, route } from "@/server/http/route-handler";
import { saveResponse, saveResponseBody } from "@/server/attempts/save-response";
import { studentFromRequest } from "@/server/attempts/student-from-request";

type Ctx = { params: Promise<{ attemptId: string; questionId: string }> };

/** Autosave of one answer. Idempotent and ordered by the client's clientSeq; see saveResponse. */
export const PUT = route(async (req: Request, { params }: Ctx) => {
  const user = await studentFromRequest(req);
  const { attemptId, questionId } = await params;
  const body = parseInput(saveResponseBody, await readJson(req, 32 * 1024));
  const r = await saveResponse({ userId: user.id, attemptId, questionId, answer: body.answer, clientSeq: body.clientSeq });
  return Response.json(r, { headers: { "cache-control": "no-store" } });
});
