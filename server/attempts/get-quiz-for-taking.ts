import "server-only";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { attemptDeadline, closedReason } from "./assignment-window";
import { getStudentAssignment } from "./get-student-assignment";
import { forAnsweringAll } from "@/lib/questions/public-question";
import { sharePassages } from "@/lib/questions/share-passages";
import { parseQuestion } from "@/lib/questions/typed-question";
import { arrangeForAttempt } from "./arrange-for-attempt";
import { loadCitable } from "./load-citable";
import { loadPublicQuestions } from "./load-public-questions";
import { getGuidedReading } from "../guided-reading/get-guided-reading";

/**
 * Everything the take page sends to the student's browser: the open attempt, its questions in the
 * attempt's order without keys, explanations or rubrics, the saved answers with their clientSeq (so the
 * browser keeps counting from there on any device) and the deadline. `attempt` is null when none is open.
 */
export async function getQuizForTaking(opts: { user: SessionUser; assignmentId: string }) {
  const a = await getStudentAssignment(opts);
  const open = a.attempts.find((x) => !x.submittedAt) ?? null;
  const base = {
    assignment: {
      id: a.id,
      title: a.title,
      mode: a.mode,
      classId: a.class.id,
      className: a.class.name,
      timeLimitMinutes: a.timeLimitMinutes,
      closesAt: a.closesAt,
      attemptsAllowed: a.attemptsAllowed,
      onePerPage: a.onePerPage,
      guidedReading: a.guidedReading,
      trackReading: a.trackReading,
      questionCount: a.set._count.questions,
    },
    attemptsUsed: a.attempts.length,
    submittedCount: a.attempts.filter((x) => x.submittedAt).length,
    closedReason: closedReason(a),
  };
  if (!open) return { ...base, attempt: null };
  const [publicQuestions, keys] = await Promise.all([
    loadPublicQuestions(a.setId),
    db.question.findMany({
      where: { setId: a.setId },
      select: { id: true, type: true, content: true, answerKey: true },
    }),
  ]);
  // The keys only decide which passages may be shown beside a question; they stay on the server.
  const keyed = new Map(keys.map((k) => [k.id, parseQuestion(k)]));
  const arranged = forAnsweringAll(
    arrangeForAttempt(publicQuestions, {
      seed: open.shuffleSeed,
      shuffleQuestions: a.shuffleQuestions,
      shuffleChoices: a.shuffleChoices,
    }),
    (q) => keyed.get(q.id),
    a.showPassages,
  );
  const [loaded, responses] = await Promise.all([
    loadCitable(a.setId, arranged),
    db.response.findMany({
      where: { attemptId: open.id, attempt: { studentId: opts.user.id } },
      select: { questionId: true, answer: true, clientSeq: true },
    }),
  ]);
  const { questions, citable } = sharePassages(arranged, loaded);
  const deadline = attemptDeadline(a, open.startedAt) ?? a.closesAt;
  // Guided reading: the questions in reading order, and the open part of the essay (decided here, not in the browser).
  const guided = a.guidedReading
    ? await getGuidedReading({
        attemptId: open.id,
        assignmentId: a.id,
        studentId: opts.user.id,
        setId: a.setId,
        questionIds: questions.map((q) => q.id),
      })
    : null;
  // A guided question's passages of the displayed essay are right above it (and must not leak a locked section).
  const slug = guided?.view.essay?.slug;
  const byId = new Map(
    questions.map((q) => [q.id, slug ? { ...q, passages: q.passages.filter((p) => p.essaySlug !== slug) } : q]),
  );
  return {
    ...base,
    attempt: { id: open.id, number: open.number, startedAt: open.startedAt, deadline: deadline?.toISOString() ?? null },
    questions: guided ? guided.order.map((id) => byId.get(id)!) : questions,
    guide: guided?.view ?? null,
    citable,
    saved: Object.fromEntries(responses.map((r) => [r.questionId, { answer: r.answer, clientSeq: r.clientSeq }])),
  };
}
