import { attachmentHeader } from "@/lib/csv/write-csv";
import { exportGradebook } from "@/server/analytics/export-gradebook";
import { requireUser } from "@/server/auth/session";
import { route } from "@/server/http/route-handler";

export const dynamic = "force-dynamic";

/** GET /classes/:id/gradebook.csv: the class gradebook for its instructor (404 for anyone else). */
export const GET = route(async (_req: Request, { params }: { params: Promise<{ classId: string }> }) => {
  const user = await requireUser();
  const { classId } = await params;
  const { filename, csv } = await exportGradebook({ user, classId });
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": attachmentHeader(filename),
      "cache-control": "private, no-store",
    },
  });
});
