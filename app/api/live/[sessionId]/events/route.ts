// The live session's event stream (Server-Sent Events). Resumes after `Last-Event-ID` (sent by EventSource
// on reconnect) or `?after=` (the id of the snapshot the page was rendered with).
import { route } from "@/server/http/route-handler";
import { requireUser } from "@/server/auth/session";
import { liveAudience } from "@/server/live/live-audience";
import { openLiveStream } from "@/server/live/open-live-stream";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ sessionId: string }> };

const eventId = (raw: string | null) => (raw && /^\d{1,19}$/.test(raw) ? BigInt(raw) : 0n);

export const GET = route(async (req: Request, { params }: Ctx) => {
  const { sessionId } = await params;
  const user = await requireUser();
  const audience = await liveAudience({ user, sessionId });
  const header = eventId(req.headers.get("last-event-id"));
  const query = eventId(new URL(req.url).searchParams.get("after"));
  const stream = openLiveStream({
    userId: user.id,
    sessionId,
    afterId: header > query ? header : query,
    audience,
    signal: req.signal,
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: Next's compression would otherwise buffer the stream; X-Accel-Buffering for nginx.
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
      Connection: "keep-alive",
    },
  });
});
