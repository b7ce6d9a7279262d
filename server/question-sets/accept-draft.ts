import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { essayVisibleTo } from "../essays/essay-access";
import { saveQuestionInTx } from "./save-question";
import { editableSetWhere } from "./set-access";

const unknownList = z.array(z.unknown()).catch([]);
const draftPassages = z
  .object({
    passageIds: unknownList,
    content: z.object({ options: unknownList }).catch({ options: [] }),
  })
  .catch({ passageIds: [], content: { options: [] } });

export type DraftTarget = { setId: string } | { newSetTitle: string };

/**
 * Saves a drafted question into one of the instructor's sets, or into a new set, in one transaction. The
 * essay the draft cites is added to the set when it is not there yet (a set lists the essays it draws on).
 */
export async function acceptDraft(opts: { user: SessionUser; target: DraftTarget; input: unknown }) {
  if (opts.user.role !== "INSTRUCTOR") throw new AppError("FORBIDDEN", "Only instructors can save questions.");
  // Unvalidated still (saveQuestionInTx validates): only the passage ids it names, to find their essays.
  const input = draftPassages.parse(opts.input);
  const ids = [...input.passageIds, ...input.content.options].filter((x): x is string => typeof x === "string");
  return db.$transaction(async (tx) => {
    let setId: string;
    if ("setId" in opts.target) {
      const set = await tx.questionSet.findFirst({
        where: editableSetWhere(opts.user, opts.target.setId),
        select: { id: true },
      });
      if (!set) throw new AppError("NOT_FOUND", "This question set does not exist or is not yours.");
      setId = set.id;
    } else {
      const title = opts.target.newSetTitle.trim();
      if (!title || title.length > 200)
        throw new AppError("INVALID", "Give the new set a title (under 200 characters).", {
          newSetTitle: "Give the new set a title (under 200 characters).",
        });
      setId = (
        await tx.questionSet.create({ data: { title, ownerId: opts.user.id, builtIn: false }, select: { id: true } })
      ).id;
    }
    // Only essays the instructor may read; anything else is refused by saveQuestionInTx's passage check.
    const essays = await tx.essay.findMany({
      where: { AND: [{ passages: { some: { id: { in: ids } } } }, essayVisibleTo(opts.user)] },
      select: { id: true },
    });
    await tx.questionSetEssay.createMany({ data: essays.map((e) => ({ setId, essayId: e.id })), skipDuplicates: true });
    const q = await saveQuestionInTx(tx, { user: opts.user, setId, input: opts.input });
    return { setId, questionId: q.id };
  });
}
