import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { describeAnswer, describeCorrectAnswer } from "@/lib/csv/describe-answer";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { findOwnedAssignment } from "./find-owned-assignment";
import { loadSetEssays } from "./load-set-essays";

/**
 * One student's submitted attempt for the instructor: every question beside the passages it cites, the
 * student's answer, the correct answer, the grade and the feedback. `attemptNumber` picks an attempt;
 * the default is the latest submitted one.
 */
export async function getStudentAttempt({
  user,
  assignmentId,
  studentId,
  attemptNumber,
}: {
  user: SessionUser;
  assignmentId: string;
  studentId: string;
  attemptNumber?: number;
}) {
  const a = await findOwnedAssignment({ user, assignmentId });
  const student = await db.user.findFirst({
    where: { id: studentId, enrollments: { some: { classId: a.classId } } },
    select: { id: true, name: true, email: true },
  });
  if (!student) throw new AppError("NOT_FOUND", "This student is not in the class.");
  const attempts = await db.attempt.findMany({
    where: { assignmentId: a.id, studentId: student.id, submittedAt: { not: null } },
    orderBy: { number: "asc" },
    select: { id: true, number: true, startedAt: true, submittedAt: true, score: true, maxScore: true },
  });
  const attempt =
    (attemptNumber ? attempts.find((x) => x.number === attemptNumber) : attempts[attempts.length - 1]) ?? null;
  const [{ passageName, passageText }, responses] = await Promise.all([
    loadSetEssays(a.setId),
    attempt
      ? db.response.findMany({
          where: { attemptId: attempt.id },
          select: {
            id: true,
            questionId: true,
            answer: true,
            autoScore: true,
            manualScore: true,
            feedback: true,
            citations: { select: { passageId: true, exact: true } },
          },
        })
      : Promise.resolve([]),
  ]);
  const byQuestion = new Map(responses.map((r) => [r.questionId, r]));
  return {
    assignment: { id: a.id, title: a.title, className: a.class.name, classId: a.classId },
    student,
    attempts: attempts.map((x) => ({ number: x.number, score: x.score, maxScore: x.maxScore })),
    attempt: attempt && {
      number: attempt.number,
      score: attempt.score,
      maxScore: attempt.maxScore,
      minutes: attempt.submittedAt
        ? Math.max(0, (attempt.submittedAt.getTime() - attempt.startedAt.getTime()) / 60_000)
        : null,
      submittedAt: attempt.submittedAt!.toISOString(),
    },
    items: a.set.questions.map((q, i) => {
      const r = byQuestion.get(q.id);
      const score = r ? (r.manualScore ?? r.autoScore) : 0;
      return {
        id: q.id,
        number: i + 1,
        prompt: q.prompt,
        points: q.points,
        passages: q.passages.map((p) => ({
          id: p.passageId,
          name: passageName(p.passageId),
          text: passageText(p.passageId) ?? "",
        })),
        /** the answer's id, for the grade form; null when the student left the question out */
        responseId: r?.id ?? null,
        answer: r ? describeAnswer(q, r.answer, passageName, passageText) : null,
        correctAnswer: describeCorrectAnswer(q, passageName),
        score,
        pending: r ? r.manualScore === null && r.autoScore === null : false,
        /** the instructor's own grade, when one was given (it wins over the automatic score) */
        manualScore: r?.manualScore ?? null,
        autoScore: r?.autoScore ?? null,
        feedback: r?.feedback ?? null,
        citations: r?.citations.map((c) => ({ name: passageName(c.passageId), exact: c.exact })) ?? [],
      };
    }),
  };
}

export type StudentAttemptReport = Awaited<ReturnType<typeof getStudentAttempt>>;
