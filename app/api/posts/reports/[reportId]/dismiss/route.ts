import { requireInstructor } from "@/server/auth/session";
import { dismissReport } from "@/server/discussion/dismiss-report";
import { route } from "@/server/http/route-handler";

/** POST: the instructor dismisses a report, leaving the post as it is. */
export const POST = route(async (_req, { params }: { params: Promise<{ reportId: string }> }) => {
  const viewer = await requireInstructor();
  const { reportId } = await params;
  await dismissReport({ viewer, reportId });
  return Response.json({ ok: true });
});
