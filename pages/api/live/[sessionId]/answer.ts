import { param, pagesApiRoute, readNodeJson } from "@/server/autosave/pages-api-route";
import { studentFromRequest } from "@/server/autosave/student-from-request";
import { parseInput } from "@/server/http/route-handler";
import { LIVE_ANSWER_BODY_LIMIT, liveAnswerBody, submitLiveAnswer } from "@/server/live/submit-live-answer";

// The body is read by readNodeJson, with the app's size limit and messages.
export const config = { api: { bodyParser: false } };

/**
 * A student's answer to the open question of a live session: POST /api/live/:sessionId/answer { questionId, answer }.
 * A shell, served by the Pages Router like the autosave, and for the same reason: when a whole room answers at once
 * this is the busiest endpoint of a live session, and an App Router handler plus next-auth's session read cost
 * several times the CPU of this path (`npm run bench -- live10k`, docs/decisions/0010-autosave-pages-api-route.md).
 * The session check is the autosave's: one JWT decrypt with a key derived once, and the sign-out check.
 */
export default pagesApiRoute("POST", async (req, mark) => {
  // Unlike the quiz's autosave, a live answer is not kept on the device: say what to do.
  const student = await studentFromRequest(req, {
    signedOutMessage: "Your session has ended. Sign in again, then send your answer.",
  });
  mark("auth");
  const input = parseInput(liveAnswerBody, await readNodeJson(req, LIVE_ANSWER_BODY_LIMIT));
  mark("body");
  return {
    body: await submitLiveAnswer({
      user: { id: student.id, role: "STUDENT" },
      sessionId: param(req, "sessionId"),
      questionId: input.questionId,
      answer: input.answer,
    }),
  };
});
