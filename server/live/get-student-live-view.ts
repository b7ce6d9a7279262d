import "server-only";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { joinLiveSession } from "./join-live-session";
import { buildView } from "./build-live-view";

/** Joins (idempotently) and returns the student's snapshot with their own answer and, at the end, their score. */
export async function getStudentLiveView({ user, sessionId }: { user: SessionUser; sessionId: string }) {
  const { session, attemptId } = await joinLiveSession({ user, sessionId });
  const view = await buildView(sessionId, "student");
  let myAnswer: unknown = null;
  if (attemptId && view.question) {
    const r = await db.response.findUnique({
      where: { attemptId_questionId: { attemptId, questionId: view.question.id } },
      select: { answer: true },
    });
    myAnswer = r?.answer ?? null;
  }
  const result =
    view.state === "ENDED"
      ? await db.attempt.findFirst({
          where: { assignmentId: session.assignmentId, studentId: user.id, submittedAt: { not: null } },
          orderBy: { number: "desc" },
          select: { score: true, maxScore: true },
        })
      : null;
  return { view, myAnswer, result, assignment: session.assignment };
}
