import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { runLtiScoreWorker } from "../lti/run-lti-score-worker";
import { recomputeAttemptScore } from "./recompute-attempt-score";
import { ownedAssignmentWhere } from "../assignments/assignment-access";

export const gradeInput = z.object({
  responseId: z.string().min(1),
  score: z.coerce.number({ message: "Enter a score." }).min(0, "A score cannot be negative."),
  feedback: z.string().trim().max(5000, "Keep feedback under 5,000 characters.").default(""),
});

/** A person's grade and feedback on one response of the instructor's own class; the attempt total follows. */
export async function gradeResponse(opts: { user: SessionUser; input: z.infer<typeof gradeInput> }) {
  if (opts.user.role !== "INSTRUCTOR") throw new AppError("FORBIDDEN", "Only instructors grade answers.");
  const graded = await db.$transaction(async (tx) => {
    const r = await tx.response.findFirst({
      where: {
        id: opts.input.responseId,
        attempt: { submittedAt: { not: null }, assignment: ownedAssignmentWhere(opts.user) },
      },
      select: { id: true, attemptId: true, question: { select: { points: true } } },
    });
    if (!r) throw new AppError("NOT_FOUND", "That answer was not found among your classes' submitted work.");
    if (opts.input.score > r.question.points)
      throw new AppError(
        "INVALID",
        `This question is worth ${r.question.points} point${r.question.points === 1 ? "" : "s"}: give at most that.`,
        { score: `At most ${r.question.points}.` },
      );
    await tx.response.update({
      where: { id: r.id },
      data: {
        manualScore: opts.input.score,
        feedback: opts.input.feedback || null,
        gradedAt: new Date(),
        gradedById: opts.user.id,
      },
    });
    await recomputeAttemptScore(tx, r.attemptId);
    return { attemptId: r.attemptId };
  });
  runLtiScoreWorker("kick"); // the new total may be queued for an LMS gradebook
  return graded;
}
