import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { db, type Tx } from "../db";
import { essayVisibleTo } from "../essays/essay-access";
import { setDetailsInput, setFieldErrors, type SetDetailsInput } from "./set-input";

/** Checks that every essay exists and the instructor may read it (built-in or their own import). */
export async function assertEssaysVisible(tx: Tx, user: SessionUser, essayIds: string[]) {
  const unique = [...new Set(essayIds)];
  const found = await tx.essay.count({ where: { AND: [{ id: { in: unique } }, essayVisibleTo(user)] } });
  if (found !== unique.length) throw new AppError("INVALID", "One of the chosen essays is not available to you.", { essayIds: "Choose essays from the list." });
  return unique;
}

export function parseSetDetails(input: SetDetailsInput) {
  const parsed = setDetailsInput.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", "Check the highlighted fields.", setFieldErrors(parsed.error));
  return parsed.data;
}

export async function createSet(opts: { user: SessionUser; input: SetDetailsInput }) {
  if (opts.user.role !== "INSTRUCTOR") throw new AppError("FORBIDDEN", "Only instructors can create question sets.");
  const { title, description, essayIds } = parseSetDetails(opts.input);
  return db.$transaction(async (tx) => {
    const ids = await assertEssaysVisible(tx, opts.user, essayIds);
    return tx.questionSet.create({
      data: { title, description, ownerId: opts.user.id, builtIn: false, essays: { create: ids.map((essayId) => ({ essayId })) } },
      select: { id: true },
    });
  });
}
