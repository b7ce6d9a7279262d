import "server-only";
import { HOST_ONLY_EVENTS } from "@/lib/live/types";
import { SSE_HEARTBEAT, SSE_RETRY } from "@/lib/live/sse";
import { capLiveStreams } from "./cap-live-streams";
import { liveBus, type BusEvent } from "./live-bus";
import { readLiveEvents } from "./read-live-events";

const encoder = new TextEncoder();
const heartbeat = encoder.encode(SSE_HEARTBEAT);

/**
 * The body of an SSE response: events after `afterId` from the log, then live ones from the bus. It
 * subscribes BEFORE reading the log and drops ids it has already sent, so an event committed during the
 * catch-up is neither lost nor sent twice. Closes when the client goes away.
 */
export function openLiveStream({
  sessionId,
  afterId,
  audience,
  signal,
  userId,
}: {
  userId: string;
  sessionId: string;
  afterId: bigint;
  audience: "host" | "student";
  signal: AbortSignal;
}) {
  let unsubscribe: (() => void) | null = null;
  let release: (() => void) | null = null;
  let closed = false;
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let sent = afterId;
      let queue: BusEvent[] | null = [];
      const push = (bytes: Uint8Array) => {
        try {
          controller.enqueue(bytes);
        } catch {
          close(); // the client went away between two events
        }
      };
      const send = (ev: BusEvent) => {
        if (ev.id <= sent || (audience === "student" && HOST_ONLY_EVENTS.has(ev.type))) return;
        sent = ev.id;
        push(ev.bytes);
      };
      const close = () => {
        if (closed) return;
        closed = true;
        unsubscribe?.();
        release?.();
        try {
          controller.close();
        } catch {
          // already closed by the runtime when the client disconnected
        }
      };
      signal.addEventListener("abort", close);
      release = capLiveStreams(userId, sessionId, close);
      push(encoder.encode(SSE_RETRY));
      unsubscribe = await liveBus().subscribe(sessionId, (ev) => {
        if (closed) return;
        if (ev === null) push(heartbeat);
        else if (queue) queue.push(ev);
        else send(ev);
      });
      if (signal.aborted) return close();
      for (const ev of await readLiveEvents(sessionId, afterId, audience)) send(ev);
      for (const ev of queue) send(ev);
      queue = null;
    },
    cancel() {
      closed = true;
      unsubscribe?.();
      release?.();
    },
  });
}
