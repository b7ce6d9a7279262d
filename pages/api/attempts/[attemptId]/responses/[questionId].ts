import { param, pagesApiRoute, readNodeJson } from "@/server/autosave/pages-api-route";
import { parseInput } from "@/server/http/route-handler";
import { SAVE_BODY_LIMIT, saveResponse, saveResponseBody } from "@/server/autosave/save-response";
import { studentFromRequest } from "@/server/autosave/student-from-request";

// The body is read by readNodeJson, with the app's size limit and messages.
export const config = { api: { bodyParser: false } };

/**
 * Autosave of one answer: PUT /api/attempts/:attemptId/responses/:questionId { answer, clientSeq }. A shell:
 * the autosave's code is in server/autosave/. Idempotent and ordered by the client's clientSeq (saveResponse).
 * Served by the Pages Router, as is the live answer (docs/decisions/0010-autosave-pages-api-route.md).
 */
export default pagesApiRoute("PUT", async (req, mark) => {
  // The session's sign-out check is part of the save's one statement (sessionVersion below).
  const user = await studentFromRequest(req, { sessionCheckedBy: "statement" });
  mark("auth");
  const body = parseInput(saveResponseBody, await readNodeJson(req, SAVE_BODY_LIMIT));
  mark("body");
  return {
    body: await saveResponse({
      userId: user.id,
      sessionVersion: user.sessionVersion,
      attemptId: param(req, "attemptId"),
      questionId: param(req, "questionId"),
      answer: body.answer,
      clientSeq: body.clientSeq,
    }),
  };
});
