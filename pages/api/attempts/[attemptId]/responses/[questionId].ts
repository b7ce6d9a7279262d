import { param, pagesApiRoute, readNodeJson } from "@/server/http/pages-api-route";
import { parseInput } from "@/server/http/route-handler";
import { saveResponse, saveResponseBody } from "@/server/attempts/save-response";
import { studentFromRequest } from "@/server/attempts/student-from-request";

// The body is read by readNodeJson, with the app's size limit and messages.
export const config = { api: { bodyParser: false } };

/**
 * Autosave of one answer: PUT /api/attempts/:attemptId/responses/:questionId { answer, clientSeq }.
 * Idempotent and ordered by the client's clientSeq; see saveResponse. The one endpoint served by the Pages
 * Router (see pagesApiRoute for why); everything else is in app/.
 */
export default pagesApiRoute("PUT", async (req, mark) => {
  const user = await studentFromRequest(req);
  mark("auth");
  const body = parseInput(saveResponseBody, await readNodeJson(req, 32 * 1024));
  mark("body");
  return {
    body: await saveResponse({
      userId: user.id,
      attemptId: param(req, "attemptId"),
      questionId: param(req, "questionId"),
      answer: body.answer,
      clientSeq: body.clientSeq,
    }),
  };
});
