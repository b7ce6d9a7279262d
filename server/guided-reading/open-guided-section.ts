import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { GuideView } from "@/lib/guided-reading/guide-view";
import { isAnswered } from "@/lib/questions/schema";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { arrangeForAttempt } from "../attempts/arrange-for-attempt";
import { getStudentAssignment } from "../attempts/get-student-assignment";
import { loadPublicQuestions } from "../attempts/load-public-questions";
import { getGuidedReading } from "./get-guided-reading";

/**
 * A student answered a question of a guided reading: record that it opened the text below it, and answer with
 * what is open now. The server checks what the browser claims: the answer is saved and counts as answered, and
 * the question is in an open section (no opening from further down). Recorded once; later clearing the answer
 * does not close the section again.
 */
export async function openGuidedSection(opts: {
  user: SessionUser;
  assignmentId: string;
  questionId: string;
}): Promise<GuideView> {
  const a = await getStudentAssignment(opts);
  const open = a.attempts.find((t) => !t.submittedAt);
  if (!a.guidedReading || !open)
    throw new AppError("INVALID", "This quiz has no open guided reading. Reload the page to see where you are.");
  const publicQuestions = arrangeForAttempt(await loadPublicQuestions(a.setId), {
    seed: open.shuffleSeed,
    shuffleQuestions: a.shuffleQuestions,
    shuffleChoices: false,
  });
  const question = publicQuestions.find((q) => q.id === opts.questionId);
  if (!question) throw new AppError("NOT_FOUND", "That question is not part of this quiz.");
  const args = {
    attemptId: open.id,
    assignmentId: a.id,
    studentId: opts.user.id,
    setId: a.setId,
    questionIds: publicQuestions.map((q) => q.id),
  };
  const before = await getGuidedReading(args);
  if ((before.sectionOf.get(question.id) ?? Infinity) >= before.openCount)
    throw new AppError("INVALID", "Answer the questions above this one first.");
  const response = await db.response.findUnique({
    where: { attemptId_questionId: { attemptId: open.id, questionId: question.id } },
    select: { answer: true },
  });
  if (!response || !isAnswered(question, response.answer))
    throw new AppError("INVALID", "Your answer is not saved yet. Wait for “Saved”, then the text below opens.");
  // One statement, so two tabs opening the same question at once record it once. The openings it returns (or,
  // when it wrote nothing because another tab already had, the ones read above plus this one) give the new view
  // without reading the guide again.
  const [recorded] = await db.$queryRaw<{ guideOpened: string[] }[]>`
    UPDATE "Attempt" SET "guideOpened" = array_append("guideOpened", ${question.id})
    WHERE id = ${open.id} AND "submittedAt" IS NULL AND NOT (${question.id} = ANY("guideOpened"))
    RETURNING "guideOpened"`;
  return before.render(recorded?.guideOpened ?? [...before.opened, question.id]).view;
}
