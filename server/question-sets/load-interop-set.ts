import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { InteropSet } from "@/lib/interop/model";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { parseStoredQuestion } from "./parse-stored-question";
import { readableSetWhere } from "./set-access";

/**
 * A set as lib/interop exports it: its questions and every passage of its essays. Only an instructor who may
 * read the set gets it (their own, the built-in ones); anyone else, students included, gets NOT_FOUND.
 */
export async function loadInteropSet(opts: { user: SessionUser; setId: string }): Promise<InteropSet> {
  if (opts.user.role !== "INSTRUCTOR") throw new AppError("NOT_FOUND", "This question set does not exist.");
  const set = await db.questionSet.findFirst({
    where: readableSetWhere(opts.user, opts.setId),
    include: {
      essays: {
        include: { essay: { include: { passages: { orderBy: [{ paragraph: "asc" }, { sentence: "asc" }] } } } },
        orderBy: { essay: { createdAt: "asc" } },
      },
      questions: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        include: { passages: { orderBy: { position: "asc" }, select: { passageId: true } } },
      },
    },
  });
  if (!set) throw new AppError("NOT_FOUND", "This question set does not exist.");
  return {
    title: set.title,
    description: set.description ?? undefined,
    essays: set.essays.map(({ essay: e }) => ({
      slug: e.slug,
      title: e.title,
      author: e.author,
      passages: e.passages.map((p) => ({
        id: p.id,
        essaySlug: e.slug,
        paragraph: p.paragraph,
        sentence: p.sentence,
        text: p.text,
      })),
    })),
    questions: set.questions.map(parseStoredQuestion),
  };
}
