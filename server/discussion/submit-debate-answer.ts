import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { isAnswered, parseAnswer } from "@/lib/questions/schema";
import { parseQuestion } from "@/lib/questions/typed-question";
import { recomputeAttemptScore } from "../attempts/recompute-attempt-score";
import { parseInput } from "../http/route-handler";
import { db } from "../db";
import { buildCitations, citationInput } from "./build-citations";
import { loadDiscussionContext, type Viewer } from "./load-discussion-context";
import { extensionOf, forStudent } from "../attempts/assignment-window";

export const debateAnswerInput = z.object({
  assignmentId: z.string().min(1).max(64),
  questionId: z.string().min(1).max(64),
  stanceId: z.string().min(1, "Pick a side.").max(64),
  text: z.string().trim().min(1, "Write your argument.").max(10_000, "Keep your argument under 10,000 characters."),
  citations: z.array(citationInput).max(10, "Cite at most ten passages."),
});

/**
 * A student answers a debate prompt from the debate view. The answer goes into the same tables the quiz
 * uses: the student's open attempt (created if there is none) gets a Response with ResponseCitation rows,
 * all in one transaction. When that leaves no question of the set unanswered the attempt is submitted, so
 * a one-prompt debate is done in one step; otherwise the quiz still has to be submitted. Idempotent: once
 * the prompt is answered in a submitted attempt, a retry changes nothing.
 */
export async function submitDebateAnswer({ viewer, input }: { viewer: Viewer; input: unknown }) {
  if (viewer.role !== "STUDENT") throw new AppError("FORBIDDEN", "Only students take a side in a debate.");
  const data = parseInput(debateAnswerInput, input);
  return db.$transaction(async (tx) => {
    const ctx = await loadDiscussionContext({
      viewer,
      assignmentId: data.assignmentId,
      questionId: data.questionId,
      tx,
    });
    if (ctx.question.type !== "DEBATE") throw new AppError("INVALID", "This question is not a debate prompt.");
    const min = ctx.question.content.minCitations;
    if (data.citations.length < min)
      throw new AppError(
        "INVALID",
        `Cite at least ${min} passage${min === 1 ? "" : "s"} from the essays as evidence.`,
        { citations: `Cite at least ${min} passage${min === 1 ? "" : "s"}.` },
      );
    const answer = {
      stanceId: data.stanceId,
      text: data.text,
      citations: data.citations.map((c) => ({ passageId: c.passageId, ...(c.quote ? { quote: c.quote } : {}) })),
    };
    const parsed = parseAnswer(ctx.question, answer);
    if (!parsed.ok) throw new AppError("INVALID", parsed.error, { stanceId: parsed.error });

    const done = await tx.response.findFirst({
      where: {
        questionId: ctx.question.id,
        attempt: { assignmentId: ctx.assignment.id, studentId: viewer.id, submittedAt: { not: null } },
      },
      select: { id: true },
    });
    if (done) return { responseId: done.id, submitted: true, alreadyAnswered: true };

    const citations = await buildCitations(tx, {
      setId: ctx.assignment.setId,
      citedPassageIds: ctx.question.passages.map((p) => p.passageId),
      citations: data.citations,
    });
    const assignment = forStudent(
      await tx.assignment.findUniqueOrThrow({
        where: { id: ctx.assignment.id },
        select: {
          closesAt: true,
          opensAt: true,
          timeLimitMinutes: true,
          attemptsAllowed: true,
          extensions: extensionOf(viewer.id),
        },
      }),
    );
    const now = new Date();
    if (assignment.opensAt && assignment.opensAt > now)
      throw new AppError("CLOSED", "This assignment has not opened yet.");
    if (assignment.closesAt && assignment.closesAt < now)
      throw new AppError("CLOSED", "This assignment is closed: answers can no longer be submitted.");

    let attempt = await tx.attempt.findFirst({
      where: { assignmentId: ctx.assignment.id, studentId: viewer.id, submittedAt: null },
      orderBy: { number: "desc" },
      select: { id: true },
    });
    if (!attempt) {
      const last = await tx.attempt.findFirst({
        where: { assignmentId: ctx.assignment.id, studentId: viewer.id },
        orderBy: { number: "desc" },
        select: { number: true },
      });
      const number = (last?.number ?? 0) + 1;
      if (number > assignment.attemptsAllowed)
        throw new AppError("CLOSED", "You have used all your attempts for this assignment.");
      // The unique (assignment, student, number) index makes a concurrent double submit fail here rather than create two attempts.
      attempt = await tx.attempt.create({
        data: {
          assignmentId: ctx.assignment.id,
          studentId: viewer.id,
          number,
          shuffleSeed: Math.floor(Math.random() * 2 ** 31),
        },
        select: { id: true },
      });
    }
    const response = await tx.response.upsert({
      where: { attemptId_questionId: { attemptId: attempt.id, questionId: ctx.question.id } },
      create: {
        attemptId: attempt.id,
        questionId: ctx.question.id,
        answer: parsed.answer as object,
        stance: data.stanceId,
      },
      update: { answer: parsed.answer as object, stance: data.stanceId, clientSeq: { increment: 1 } },
      select: { id: true },
    });
    await tx.responseCitation.deleteMany({ where: { responseId: response.id } });
    await tx.responseCitation.createMany({ data: citations.map((c) => ({ ...c, responseId: response.id })) });

    const questions = (
      await tx.question.findMany({
        where: { setId: ctx.assignment.setId },
        select: { id: true, type: true, content: true },
      })
    ).map((q) => parseQuestion(q));
    const answers = await tx.response.findMany({
      where: { attemptId: attempt.id },
      select: { questionId: true, answer: true },
    });
    const byQ = new Map(answers.map((a) => [a.questionId, a.answer]));
    const complete = questions.every((q) => isAnswered(q, byQ.get(q.id)));
    if (complete) {
      await tx.attempt.update({ where: { id: attempt.id }, data: { submittedAt: now } });
      await recomputeAttemptScore(tx, attempt.id);
    }
    return { responseId: response.id, submitted: complete, alreadyAnswered: false };
  });
}
