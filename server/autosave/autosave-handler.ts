import "server-only";
import { parseInput } from "@/server/http/route-handler";
import { param, pagesApiRoute, readNodeJson } from "./pages-api-route";
import { saveResponse, saveResponseBody } from "./save-response";
import { studentFromRequest } from "./student-from-request";

/** The largest autosave body accepted (an essay answer of a few thousand words fits). */
export const SAVE_BODY_LIMIT = 32 * 1024;

/**
 * Autosave of one answer: PUT /api/attempts/:attemptId/responses/:questionId { answer, clientSeq }.
 * Idempotent and ordered by the client's clientSeq; see saveResponse. Served by the Pages Router
 * (pages/api/…, docs/decisions/0010-autosave-pages-api-route.md); everything else is in app/.
 */
export const autosaveHandler = pagesApiRoute("PUT", async (req, mark) => {
  const user = await studentFromRequest(req);
  mark("auth");
  const body = parseInput(saveResponseBody, await readNodeJson(req, SAVE_BODY_LIMIT));
  mark("body");
  return { body: await saveResponse({ userId: user.id, attemptId: param(req, "attemptId"), questionId: param(req, "questionId"), answer: body.answer, clientSeq: body.clientSeq }) };
});
