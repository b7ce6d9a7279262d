import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { assertEssaysVisible } from "./assert-essays-visible";
import { parseSetDetails } from "./parse-set-details";
import { editableSetWhere } from "./set-access";
import type { SetDetailsInput } from "./set-input";

/** Changes a set's title, description and essays. An essay that a question still cites cannot be removed. */
export async function updateSet(opts: { user: SessionUser; setId: string; input: SetDetailsInput }) {
  const { title, description, essayIds } = parseSetDetails(opts.input);
  return db.$transaction(async (tx) => {
    const set = await tx.questionSet.findFirst({
      where: editableSetWhere(opts.user, opts.setId),
      select: { id: true, essays: { select: { essayId: true } } },
    });
    if (!set) throw new AppError("NOT_FOUND", "This question set does not exist or is not yours.");
    const ids = await assertEssaysVisible(tx, opts.user, essayIds);
    const removed = set.essays.map((e) => e.essayId).filter((id) => !ids.includes(id));
    if (removed.length > 0) {
      const cited = await tx.essay.findFirst({
        where: {
          id: { in: removed },
          passages: { some: { questionCitations: { some: { question: { setId: set.id } } } } },
        },
        select: { title: true },
      });
      if (cited) {
        const msg = `Questions in this set cite “${cited.title}”. Change or delete those questions before removing the essay.`;
        throw new AppError("CONFLICT", msg, { essayIds: msg });
      }
      await tx.questionSetEssay.deleteMany({ where: { setId: set.id, essayId: { in: removed } } });
    }
    await tx.questionSetEssay.createMany({
      data: ids.map((essayId) => ({ setId: set.id, essayId })),
      skipDuplicates: true,
    });
    await tx.questionSet.update({ where: { id: set.id }, data: { title, description } });
  });
}
