import "server-only";
import { correctBucketIds, correctText } from "@/lib/live/distribution";
import { readEndedSummary } from "@/lib/live/summary";
import type { LiveView } from "@/lib/live/types";
import { db } from "../db";
import { latestLiveEventId } from "./latest-live-event-id";
import { computeLiveTally } from "./compute-live-tally";
import { countParticipants } from "./count-participants";
import { loadLiveQuestion } from "./load-live-question";

/**
 * A snapshot of the session for a screen. The newest event id is read BEFORE the state, so the stream
 * (which resumes after that id) can only repeat an event the snapshot already reflects, never skip one.
 */
export async function buildView(sessionId: string, audience: "host" | "student"): Promise<LiveView> {
  const lastEventId = await latestLiveEventId(db, sessionId);
  const s = await db.liveSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: {
      state: true,
      currentIndex: true,
      questionStartedAt: true,
      timerSeconds: true,
      assignmentId: true,
      assignment: { select: { setId: true, showPassages: true } },
    },
  });
  const setId = s.assignment.setId;
  const view: LiveView = {
    state: s.state,
    index: s.currentIndex,
    total: await db.question.count({ where: { setId } }),
    question: null,
    startedAt: s.questionStartedAt?.toISOString() ?? null,
    timerSeconds: s.timerSeconds,
    participants: 0,
    reveal: null,
    tally: null,
    summary: null,
    lastEventId,
  };
  if (s.state === "ENDED") {
    const ended = await db.liveEvent.findFirst({
      where: { sessionId, type: "ended" },
      orderBy: { id: "desc" },
      select: { payload: true },
    });
    const summary = readEndedSummary(ended?.payload);
    return { ...view, summary, participants: summary?.participants ?? 0 };
  }
  view.participants = await countParticipants(s.assignmentId);
  if (s.state === "LOBBY") return view;
  const q = await loadLiveQuestion(setId, s.currentIndex, s.assignment.showPassages);
  if (!q) return view;
  view.question = q.live;
  if (audience === "host") view.tally = await computeLiveTally(s.assignmentId, q);
  if (s.state === "REVEAL")
    view.reveal = {
      questionId: q.live.id,
      key: q.keyed.answerKey,
      explanation: q.explanation,
      correctBucketIds: correctBucketIds(q.keyed),
      correctText: correctText(q.keyed, q.live.citable),
    };
  return view;
}
