import { attachmentHeader } from "@/lib/csv/write-csv";
import { exportResponses } from "@/server/analytics/export-responses";
import { requireUser } from "@/server/auth/session";
import { route } from "@/server/http/route-handler";

export const dynamic = "force-dynamic";

/** GET /assignments/:id/responses.csv: every response, one per row, streamed (404 for anyone but the class's instructor). */
export const GET = route(async (_req: Request, { params }: { params: Promise<{ assignmentId: string }> }) => {
  const user = await requireUser();
  const { assignmentId } = await params;
  const { filename, stream } = await exportResponses({ user, assignmentId });
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": attachmentHeader(filename),
      "cache-control": "private, no-store",
    },
  });
});
