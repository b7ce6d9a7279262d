import { route } from "@/server/http/route-handler";
import { studentFromRequest } from "@/server/autosave/student-from-request";
import { submitAttempt } from "@/server/attempts/submit-attempt";

type Ctx = { params: Promise<{ attemptId: string }> };

/** Final submit. A repeat returns 200 with alreadySubmitted: true, never a second submission. */
export const POST = route(async (req: Request, { params }: Ctx) => {
  const user = await studentFromRequest(req);
  const { attemptId } = await params;
  const r = await submitAttempt({ userId: user.id, attemptId });
  return Response.json(r, { headers: { "cache-control": "no-store" } });
});
