import "server-only";
import { notFound } from "next/navigation";
import type { PassageRef } from "@/lib/questions/public-question";
import type { SessionUser } from "../auth/session";
import { ownedAssignmentWhere } from "../assignments/assignment-access";
import { db } from "../db";
import { parseStoredQuestion } from "./parse-stored-question";
import { readableSetWhere } from "./set-access";

/**
 * A set with its essays (and their passages) and questions, for the editor and the preview. Readable:
 * the instructor's own sets and the built-in ones (`editable` false); anything else is notFound().
 */
export async function getSet(opts: { user: SessionUser; setId: string }) {
  const set = await db.questionSet.findFirst({
    where: readableSetWhere(opts.user, opts.setId),
    include: {
      essays: {
        include: { essay: { include: { passages: { orderBy: [{ paragraph: "asc" }, { sentence: "asc" }] } } } },
      },
      questions: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        include: {
          passages: { orderBy: { position: "asc" }, select: { passageId: true } },
          // only answers from the caller's own classes: a built-in set's other users are not theirs to see
          _count: { select: { responses: { where: { attempt: { assignment: ownedAssignmentWhere(opts.user) } } } } },
        },
      },
    },
  });
  if (!set) notFound();
  const essays = set.essays
    .map((e) => e.essay)
    .sort((a, b) => Number(b.builtIn) - Number(a.builtIn) || a.createdAt.getTime() - b.createdAt.getTime())
    .map((e) => ({
      id: e.id,
      slug: e.slug,
      title: e.title,
      body: e.body,
      passages: e.passages.map((p) => ({
        id: p.id,
        paragraph: p.paragraph,
        sentence: p.sentence,
        text: p.text,
        start: p.start,
        end: p.end,
      })),
    }));
  const refs = new Map<string, PassageRef>();
  for (const e of essays)
    for (const p of e.passages)
      refs.set(p.id, {
        id: p.id,
        essaySlug: e.slug,
        essayTitle: e.title,
        paragraph: p.paragraph,
        sentence: p.sentence,
        text: p.text,
      });
  return {
    id: set.id,
    title: set.title,
    description: set.description,
    builtIn: set.builtIn,
    editable: !set.builtIn && set.ownerId === opts.user.id,
    essays,
    /** every passage of the set's essays by id, as a student would see it cited */
    refs,
    questions: set.questions.map((q) => ({
      id: q.id,
      ...parseStoredQuestion(q),
      /** answers to this question in the caller's own classes */
      responses: q._count.responses,
    })),
  };
}
export type EditorSet = Awaited<ReturnType<typeof getSet>>;
