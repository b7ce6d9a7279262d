import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { editableSetWhere } from "./set-access";
import { renumberQuestions } from "./renumber-questions";

/** Deletes a question of the instructor's set. One that students have answered is kept (their answers and grades would go with it). */
export async function deleteQuestion(opts: { user: SessionUser; setId: string; questionId: string }) {
  return db.$transaction(async (tx) => {
    const q = await tx.question.findFirst({
      where: { id: opts.questionId, set: editableSetWhere(opts.user, opts.setId) },
      select: { id: true, setId: true, _count: { select: { responses: true } } },
    });
    if (!q) throw new AppError("NOT_FOUND", "This question does not exist or is not in your set.");
    if (q._count.responses > 0)
      throw new AppError(
        "CONFLICT",
        "Students have answered this question, so deleting it would delete their answers. Edit it instead, or duplicate the set.",
      );
    await tx.question.delete({ where: { id: q.id } });
    await renumberQuestions(tx, q.setId);
  });
}
