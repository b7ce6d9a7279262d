import { recordReadingBatch } from "@/server/attention/record-reading-batch";
import { readingBatchInput } from "@/server/attention/reading-batch-input";
import { requireUser } from "@/server/auth/session";
import { parseInput, readJson, route } from "@/server/http/route-handler";

/** POST {essayId, clientId, seq, ms: {paragraphId: ms}}: a batch of the reading page's tracker (sendBeacon or
 *  fetch). Counted once per (clientId, seq) and clamped to the clock; refused when tracking is off. */
export const POST = route(async (req, { params }: { params: Promise<{ assignmentId: string }> }) => {
  const user = await requireUser();
  const { assignmentId } = await params;
  const input = parseInput(readingBatchInput, await readJson(req, 16 * 1024));
  return Response.json(await recordReadingBatch({ user, assignmentId, input }));
});
