import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { type SetDetailsInput } from "./set-input";
import { assertEssaysVisible } from "./assert-essays-visible";
import { parseSetDetails } from "./parse-set-details";

export async function createSet(opts: { user: SessionUser; input: SetDetailsInput }) {
  if (opts.user.role !== "INSTRUCTOR") throw new AppError("FORBIDDEN", "Only instructors can create question sets.");
  const { title, description, essayIds } = parseSetDetails(opts.input);
  return db.$transaction(async (tx) => {
    const ids = await assertEssaysVisible(tx, opts.user, essayIds);
    return tx.questionSet.create({
      data: {
        title,
        description,
        ownerId: opts.user.id,
        builtIn: false,
        essays: { create: ids.map((essayId) => ({ essayId })) },
      },
      select: { id: true },
    });
  });
}
