import "server-only";
import { db } from "../db";
import { type DiscussionContext } from "./load-discussion-context";

/** Each student's answer to the question from their latest submitted attempt (drafts are never shown). */
export async function loadAnswers(ctx: DiscussionContext) {
  const rows = await db.response.findMany({
    where: { questionId: ctx.question.id, attempt: { assignmentId: ctx.assignment.id, submittedAt: { not: null } } },
    orderBy: [{ attempt: { number: "desc" } }, { createdAt: "asc" }],
    select: {
      id: true,
      answer: true,
      stance: true,
      createdAt: true,
      attempt: { select: { number: true, student: { select: { id: true, name: true, role: true } } } },
      citations: {
        select: {
          id: true,
          passageId: true,
          quoteStart: true,
          quoteEnd: true,
          exact: true,
          prefix: true,
          suffix: true,
        },
      },
    },
  });
  const seen = new Set<string>();
  return rows
    .filter((r) => !seen.has(r.attempt.student.id) && seen.add(r.attempt.student.id))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}
