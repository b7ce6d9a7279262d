import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { correctBucketIds, correctText } from "@/lib/live/distribution";
import type { LiveAction, LiveState } from "@/lib/live/types";
import type { SessionUser } from "../auth/session";
import { SCORED_MAX_SQL } from "../attempts/scored-max-sql";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { appendLiveEvent, appendLiveEventNow } from "./append-live-event";
import { computeLiveTally } from "./compute-live-tally";
import { findHostSession } from "./find-host-session";
import { lockLiveEvents } from "./lock-live-events";
import { loadLiveQuestion } from "./load-live-question";
import { summarizeLiveSession } from "./summarize-live-session";

/**
 * Moves the session on. `from` is the state the instructor's screen showed when they pressed the button:
 * if the session has already moved (a double click, a second screen), nothing happens, so one press
 * never skips a question.
 */
export async function controlLiveSession({
  user,
  sessionId,
  action,
  from,
}: {
  user: SessionUser;
  sessionId: string;
  action: LiveAction;
  from: { state: LiveState; index: number };
}): Promise<{ changed: boolean }> {
  const s = await findHostSession({ user, sessionId });
  if (s.state !== from.state || s.currentIndex !== from.index) return { changed: false };
  if (s.state === "ENDED") throw new AppError("CLOSED", "This live session has ended.");
  const { assignmentId } = s;
  const { setId } = s.assignment;

  if (action === "reveal") {
    if (s.state !== "QUESTION") throw new AppError("INVALID", "There is no open question to reveal.");
    const q = await loadLiveQuestion(setId, s.currentIndex);
    if (!q) throw new AppError("NOT_FOUND", "This question no longer exists.");
    const tally = await computeLiveTally(assignmentId, q);
    await db.$transaction(async (tx) => {
      await lockLiveEvents(tx, sessionId); // the event lock before the row (see lockLiveEvents)
      const moved = await tx.liveSession.updateMany({
        where: { id: sessionId, state: "QUESTION", currentIndex: s.currentIndex },
        data: { state: "REVEAL" },
      });
      if (moved.count === 0) return;
      // The final counts first, so the revealed bars match the answers that were accepted.
      await appendLiveEvent(tx, sessionId, "tally", { index: s.currentIndex, tally });
      await appendLiveEvent(tx, sessionId, "reveal", {
        index: s.currentIndex,
        reveal: {
          questionId: q.live.id,
          key: q.keyed.answerKey,
          explanation: q.explanation,
          correctBucketIds: correctBucketIds(q.keyed),
          correctText: correctText(q.keyed, q.live.citable),
        },
      });
    });
    return { changed: true };
  }

  const nextIndex = s.currentIndex + 1;
  const q = action === "next" ? await loadLiveQuestion(setId, nextIndex, s.assignment.showPassages) : null;
  if (q) {
    const startedAt = new Date();
    const changed = await appendLiveEventNow(
      sessionId,
      "question",
      {
        index: nextIndex,
        total: q.total,
        question: q.live,
        startedAt: startedAt.toISOString(),
        timerSeconds: s.timerSeconds,
      },
      { from: { state: s.state, index: s.currentIndex }, to: { state: "QUESTION", index: nextIndex, startedAt } },
    );
    return { changed };
  }

  // "end", or "next" after the last question: summarize, submit every attempt of the session, close it.
  await db.$transaction(async (tx) => {
    // The event lock before the row (clearing joinCode, a unique key, locks the row against an event's insert).
    await lockLiveEvents(tx, sessionId);
    const moved = await tx.liveSession.updateMany({
      where: { id: sessionId, state: s.state, currentIndex: s.currentIndex },
      data: { state: "ENDED", endedAt: new Date(), joinCode: null },
    });
    if (moved.count === 0) return;
    // Questions never asked (the host ended early) do not count: summary and scores cover the ones played.
    const summary = await summarizeLiveSession(tx, assignmentId, setId, s.currentIndex + 1);
    await tx.$executeRaw`
      UPDATE "Attempt" a SET
        "submittedAt" = now(),
        "score" = COALESCE((SELECT SUM(COALESCE(r."manualScore", r."autoScore", 0)) FROM "Response" r WHERE r."attemptId" = a."id"), 0),
        "maxScore" = ${Prisma.raw(SCORED_MAX_SQL)}
      WHERE a."assignmentId" = ${assignmentId} AND a."submittedAt" IS NULL`;
    await appendLiveEvent(tx, sessionId, "ended", { summary });
  });
  return { changed: true };
}
