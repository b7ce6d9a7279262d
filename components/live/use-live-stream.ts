"use client";
// Subscribes a screen to the session's event stream. EventSource reconnects by itself and sends
// Last-Event-ID, so the server resumes exactly after the last event this screen applied.
import { useEffect, useReducer, useState } from "react";
import { applyLiveEvent } from "@/lib/live/reducer";
import type { LiveEvent, LiveEventType, LiveView } from "@/lib/live/types";

const TYPES: LiveEventType[] = ["question", "reveal", "presence", "tally", "ended"];
export type Connection = "connecting" | "live" | "reconnecting" | "closed";

export function useLiveStream(sessionId: string, initial: LiveView) {
  const [view, dispatch] = useReducer(applyLiveEvent, initial);
  const [connection, setConnection] = useState<Connection>(initial.state === "ENDED" ? "closed" : "connecting");

  useEffect(() => {
    if (initial.state === "ENDED") return;
    const es = new EventSource(`/api/live/${encodeURIComponent(sessionId)}/events?after=${initial.lastEventId}`);
    const onEvent = (type: LiveEventType) => (e: MessageEvent<string>) => {
      dispatch({ id: e.lastEventId, type, data: JSON.parse(e.data) } as LiveEvent);
      if (type === "ended") {
        es.close();
        setConnection("closed");
      }
    };
    for (const t of TYPES) es.addEventListener(t, onEvent(t) as EventListener);
    es.onopen = () => setConnection("live");
    es.onerror = () => setConnection(es.readyState === EventSource.CLOSED ? "closed" : "reconnecting");
    return () => es.close();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the snapshot's id is only the starting point; later renders must not reopen the stream
  }, [sessionId]);

  return { view, connection };
}

/** Offset between the server's clock and this device's, so every phone counts down to the same moment. */
export function useClockOffset(serverNow: string): number {
  const [offset] = useState(() => new Date(serverNow).getTime() - Date.now());
  return offset;
}
