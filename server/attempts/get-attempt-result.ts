import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { MANUAL_TYPES } from "@/lib/questions/schema";
import { parseQuestion } from "@/lib/questions/typed-question";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { answersRevealed } from "./assignment-window";
import { describeKey } from "./describe-key";
import { getStudentAssignment } from "./get-student-assignment";
import { arrangeForAttempt } from "./arrange-for-attempt";
import { loadAnswerPassages } from "./load-answer-passages";
import { loadPublicQuestions } from "./load-public-questions";

/**
 * When the assignment has closed for every student: its own closing time, or the latest extension's if a
 * student was given more time ("after closing" reveals answers only then, so no one still answering can be
 * handed them by a classmate).
 */
async function closedForEveryone(a: {
  id: string;
  revealAnswers: string;
  classClosesAt: Date | null;
}): Promise<Date | null> {
  if (a.revealAnswers !== "AFTER_CLOSE" || !a.classClosesAt) return a.classClosesAt;
  const { _max } = await db.assignmentExtension.aggregate({ where: { assignmentId: a.id }, _max: { closesAt: true } });
  return _max.closesAt && _max.closesAt > a.classClosesAt ? _max.closesAt : a.classClosesAt;
}

/**
 * A student's submitted attempt as they may see it. The total score is always shown; each question's
 * points, the correct answer and the explanation only once the reveal policy allows; an instructor's
 * grade and feedback as soon as they are given. Secrets are read here and never leave unless revealed.
 */
export async function getAttemptResult(opts: { user: SessionUser; assignmentId: string; attemptNumber?: number }) {
  const a = await getStudentAssignment(opts);
  const submitted = a.attempts.filter((x) => x.submittedAt);
  const attempt = opts.attemptNumber ? submitted.find((x) => x.number === opts.attemptNumber) : submitted.at(-1);
  if (!attempt) throw new AppError("NOT_FOUND", "You have not submitted this assignment yet.");
  const revealed = answersRevealed(
    { revealAnswers: a.revealAnswers, closesAt: await closedForEveryone(a) },
    attempt.submittedAt,
  );
  const questions = arrangeForAttempt(await loadPublicQuestions(a.setId), {
    seed: attempt.shuffleSeed,
    shuffleQuestions: a.shuffleQuestions,
    shuffleChoices: a.shuffleChoices,
  });
  // The passages beyond each question's own depend on the answers (a debate's citations): read right after them.
  const answered = db.response
    .findMany({
      where: { attemptId: attempt.id, attempt: { studentId: opts.user.id } },
      select: { questionId: true, answer: true, autoScore: true, manualScore: true, feedback: true, gradedAt: true },
    })
    .then(async (rows) => {
      const answers = new Map(rows.map((r) => [r.questionId, r.answer as unknown]));
      return [rows, await loadAnswerPassages(a.setId, questions, answers)] as const;
    });
  const [[responses, answerPassages], secrets] = await Promise.all([
    answered,
    revealed
      ? db.question
          .findMany({
            where: { setId: a.setId },
            select: { id: true, type: true, content: true, answerKey: true, explanation: true },
          })
          .then((rows) => rows.map((row) => parseQuestion(row)))
      : Promise.resolve([]),
  ]);
  const byQ = new Map(responses.map((r) => [r.questionId, r]));
  const secretByQ = new Map(secrets.map((s) => [s.id, s]));
  const passages = new Map([...answerPassages, ...questions.flatMap((q) => q.passages)].map((p) => [p.id, p]));
  const items = questions.map((q) => {
    const r = byQ.get(q.id);
    const manual = MANUAL_TYPES.has(q.type);
    const graded = r?.gradedAt != null;
    const secret = secretByQ.get(q.id);
    return {
      question: q,
      answer: r?.answer ?? null,
      // Points per question only once revealed (for TRUE_FALSE a score is the key), or when a person graded it.
      score: revealed || graded ? (r ? (r.manualScore ?? r.autoScore ?? (manual ? null : 0)) : 0) : undefined,
      awaitingGrade: manual && !!r && !graded,
      feedback: r?.feedback ?? null,
      correct: secret ? describeKey(secret, passages) : null,
      explanation: secret?.explanation || null,
    };
  });
  return {
    assignment: {
      id: a.id,
      title: a.title,
      revealAnswers: a.revealAnswers,
      closesAt: a.closesAt,
      attemptsAllowed: a.attemptsAllowed,
      class: a.class,
    },
    attempt: {
      number: attempt.number,
      submittedAt: attempt.submittedAt!,
      score: attempt.score,
      maxScore: attempt.maxScore,
    },
    attemptsUsed: a.attempts.length,
    canRetake: a.attempts.length < a.attemptsAllowed && a.attempts.every((x) => x.submittedAt),
    revealed,
    /** what ReadOnlyAnswer looks up: evidence options, debate citations and the questions' own passages, by id */
    passages,
    items,
  };
}
