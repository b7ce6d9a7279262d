// Applies a stream event to the view. Pure, so the host screen, the student screen and the tests agree.
import type { LiveEvent, LiveView } from "./types";

export function applyLiveEvent(view: LiveView, ev: LiveEvent): LiveView {
  // Events at or before what the view already shows are replays (a reconnect racing the snapshot).
  if (BigInt(ev.id) <= BigInt(view.lastEventId)) return view;
  const next = { ...view, lastEventId: ev.id };
  switch (ev.type) {
    case "question":
      return {
        ...next,
        state: "QUESTION",
        index: ev.data.index,
        total: ev.data.total,
        question: ev.data.question,
        startedAt: ev.data.startedAt,
        timerSeconds: ev.data.timerSeconds,
        reveal: null,
        tally: null,
      };
    case "reveal":
      return ev.data.index === view.index ? { ...next, state: "REVEAL", reveal: ev.data.reveal } : next;
    case "presence":
      return { ...next, participants: ev.data.participants };
    case "tally":
      return ev.data.index === view.index ? { ...next, tally: ev.data.tally } : next;
    case "ended":
      return { ...next, state: "ENDED", summary: ev.data.summary, question: null, reveal: null };
  }
}
