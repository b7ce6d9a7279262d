import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { gradeAnswer } from "@/lib/grading/grade";
import { isLate } from "@/lib/live/timer";
import { parseAnswer } from "@/lib/questions/schema";
import { parseQuestion } from "@/lib/questions/typed-question";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { findStudentSession } from "./find-student-session";
import { scheduleTally } from "./publish-live-updates";

/** What the live answer endpoint reads (pages/api/live/[sessionId]/answer.ts), and its size limit. */
export const liveAnswerBody = z.object({ questionId: z.string().min(1).max(64), answer: z.unknown() });
export const LIVE_ANSWER_BODY_LIMIT = 32 * 1024;

/**
 * Records (or changes) a student's answer to the open question as an ordinary Response of their attempt,
 * graded at once with the shared grader. The server decides whether the question is still open: after the
 * reveal, or after the timer (plus a second of grace), the answer is refused with a message saying so.
 */
export async function submitLiveAnswer({
  user,
  sessionId,
  questionId,
  answer,
}: {
  user: Pick<SessionUser, "id" | "role">;
  sessionId: string;
  questionId: string;
  answer: unknown;
}) {
  const s = await findStudentSession({ user, sessionId });
  if (s.state === "LOBBY")
    throw new AppError("CLOSED", "The first question has not started yet. Wait for your instructor.");
  if (s.state === "ENDED")
    throw new AppError("CLOSED", "This live session has ended, so answers are no longer accepted.");
  // The open question and the student's open attempt, read together.
  const [row, openAttempt] = await Promise.all([
    db.question.findFirst({
      where: { setId: s.assignment.setId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      skip: s.currentIndex,
      select: { id: true, type: true, content: true, answerKey: true, points: true },
    }),
    db.attempt.findFirst({
      where: { assignmentId: s.assignmentId, studentId: user.id, submittedAt: null },
      select: { id: true },
    }),
  ]);
  if (!row || row.id !== questionId || s.state !== "QUESTION")
    throw new AppError("CLOSED", "This question is closed: your answer was not recorded. Wait for the next question.");
  if (s.questionStartedAt && isLate(s.questionStartedAt, s.timerSeconds, new Date()))
    throw new AppError("CLOSED", "Time is up for this question: answers after the timer are not accepted.");

  const q = parseQuestion(row);
  const parsed = parseAnswer(q, answer);
  if (!parsed.ok) throw new AppError("INVALID", parsed.error);
  const { score } = gradeAnswer(q, parsed.answer);

  let attempt = openAttempt;
  if (!attempt) {
    // Joined before the attempt existed (a stale tab): open it now, like joining would.
    const last = await db.attempt.aggregate({
      where: { assignmentId: s.assignmentId, studentId: user.id },
      _max: { number: true },
    });
    attempt = await db.attempt.create({
      data: { assignmentId: s.assignmentId, studentId: user.id, number: (last._max.number ?? 0) + 1 },
      select: { id: true },
    });
  }
  const data = { answer: parsed.answer as object, autoScore: score };
  await db.response.upsert({
    where: { attemptId_questionId: { attemptId: attempt.id, questionId: q.id } },
    create: { attemptId: attempt.id, questionId: q.id, ...data },
    update: data,
  });
  scheduleTally(sessionId);
  return { savedAt: new Date().toISOString() };
}
