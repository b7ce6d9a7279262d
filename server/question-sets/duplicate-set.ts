import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { readableSetWhere } from "./set-access";

/** Copies a set the instructor may read (their own or a built-in one) into a new set they own, questions and citations included. */
export async function duplicateSet(opts: { user: SessionUser; setId: string }) {
  if (opts.user.role !== "INSTRUCTOR") throw new AppError("FORBIDDEN", "Only instructors can duplicate question sets.");
  return db.$transaction(async (tx) => {
    const src = await tx.questionSet.findFirst({
      where: readableSetWhere(opts.user, opts.setId),
      include: {
        essays: true,
        questions: { orderBy: { position: "asc" }, include: { passages: { orderBy: { position: "asc" } } } },
      },
    });
    if (!src) throw new AppError("NOT_FOUND", "This question set does not exist or is not yours.");
    const copy = await tx.questionSet.create({
      data: {
        title: `Copy of ${src.title}`.slice(0, 200),
        description: src.description,
        ownerId: opts.user.id,
        builtIn: false,
        essays: { create: src.essays.map((e) => ({ essayId: e.essayId })) },
      },
      select: { id: true },
    });
    for (const [i, q] of src.questions.entries()) {
      await tx.question.create({
        data: {
          setId: copy.id,
          position: i,
          type: q.type,
          prompt: q.prompt,
          content: q.content as Prisma.InputJsonValue,
          answerKey: q.answerKey as Prisma.InputJsonValue,
          explanation: q.explanation,
          points: q.points,
          rubric: q.rubric,
          passages: { create: q.passages.map((p) => ({ passageId: p.passageId, position: p.position })) },
        },
      });
    }
    return copy;
  });
}
