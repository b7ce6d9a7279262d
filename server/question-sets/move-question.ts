import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { renumberQuestions } from "./renumber-questions";
import { editableSetWhere } from "./set-access";

/** Moves a question one place up or down in the instructor's set. Moving past either end changes nothing. */
export async function moveQuestion(opts: {
  user: SessionUser;
  setId: string;
  questionId: string;
  direction: "up" | "down";
}) {
  return db.$transaction(async (tx) => {
    const set = await tx.questionSet.findFirst({
      where: editableSetWhere(opts.user, opts.setId),
      select: { id: true, questions: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true } } },
    });
    if (!set) throw new AppError("NOT_FOUND", "This question set does not exist or is not yours.");
    const ids = set.questions.map((q) => q.id);
    const i = ids.indexOf(opts.questionId);
    if (i < 0) throw new AppError("NOT_FOUND", "This question does not exist or is not in your set.");
    const j = opts.direction === "up" ? i - 1 : i + 1;
    if (j < 0 || j >= ids.length) return ids;
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    await renumberQuestions(tx, set.id, ids);
    return ids;
  });
}
