import { attachmentHeader } from "@/lib/csv/write-csv";
import { AppError } from "@/lib/errors/app-error";
import { exportBank, isExportFormat } from "@/lib/interop/bank/export-bank";
import { requireUser } from "@/server/auth/session";
import { route } from "@/server/http/route-handler";
import { loadInteropSet } from "@/server/question-sets/load-interop-set";

export const dynamic = "force-dynamic";

/** GET /sets/:id/export/(qti3|qti21|moodle|gift): the set as a file, for an instructor who may read it (404 otherwise). */
export const GET = route(async (_req: Request, { params }: { params: Promise<{ setId: string; format: string }> }) => {
  const user = await requireUser();
  const { setId, format } = await params;
  if (!isExportFormat(format)) throw new AppError("NOT_FOUND", "There is no export in this format.");
  const { filename, type, body } = exportBank(await loadInteropSet({ user, setId }), format);
  return new Response(body as BodyInit, {
    headers: {
      "content-type": type,
      "content-disposition": attachmentHeader(filename),
      "cache-control": "private, no-store",
    },
  });
});
