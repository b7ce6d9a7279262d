import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { gradeAnswer } from "@/lib/grading/grade";
import { isLate } from "@/lib/live/timer";
import { parseAnswer } from "@/lib/questions/schema";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { enrolledAssignmentWhere } from "../assignments/assignment-access";
import { cachedQuestionAt } from "../autosave/question-cache";
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
  // One read: the session if the student is enrolled, the set's question ids in order (with their versions), and
  // the student's open attempt. A whole room answers within seconds, so this path is kept to three queries.
  const s =
    user.role === "STUDENT"
      ? await db.liveSession.findFirst({
          where: { id: sessionId, assignment: enrolledAssignmentWhere(user) },
          select: {
            state: true,
            currentIndex: true,
            questionStartedAt: true,
            timerSeconds: true,
            assignmentId: true,
            assignment: {
              select: {
                set: {
                  select: {
                    questions: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, updatedAt: true } },
                  },
                },
                attempts: { where: { studentId: user.id, submittedAt: null }, select: { id: true }, take: 1 },
              },
            },
          },
        })
      : null;
  if (!s) {
    await findStudentSession({ user, sessionId }); // throws the refusal this student gets
    throw new AppError(
      "NOT_FOUND",
      "This live session does not exist. Check the code on the screen at the front of the room.",
    );
  }
  if (s.state === "LOBBY")
    throw new AppError("CLOSED", "The first question has not started yet. Wait for your instructor.");
  if (s.state === "ENDED")
    throw new AppError("CLOSED", "This live session has ended, so answers are no longer accepted.");
  const current = s.assignment.set.questions[s.currentIndex];
  if (!current || current.id !== questionId || s.state !== "QUESTION")
    throw new AppError("CLOSED", "This question is closed: your answer was not recorded. Wait for the next question.");
  if (s.questionStartedAt && isLate(s.questionStartedAt, s.timerSeconds, new Date()))
    throw new AppError("CLOSED", "Time is up for this question: answers after the timer are not accepted.");
  const openAttempt = s.assignment.attempts[0] ?? null;

  const q = await cachedQuestionAt(current.id, current.updatedAt);
  if (!q)
    throw new AppError("CLOSED", "This question is closed: your answer was not recorded. Wait for the next question.");
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
    where: { attemptId_questionId: { attemptId: attempt.id, questionId: current.id } },
    create: { attemptId: attempt.id, questionId: current.id, ...data },
    update: data,
  });
  scheduleTally(sessionId);
  return { savedAt: new Date().toISOString() };
}
