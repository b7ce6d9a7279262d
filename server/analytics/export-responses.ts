import "server-only";
import { describeAnswer } from "@/lib/csv/describe-answer";
import { BOM, csvRows, fileSlug } from "@/lib/csv/write-csv";
import type { QuestionType } from "@/lib/questions/schema";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { findOwnedAssignment } from "./find-owned-assignment";
import { loadSetEssays } from "./load-set-essays";

const BATCH = 2000;
const HEADER = ["Student", "Email", "Attempt", "Submitted at", "Question", "Type", "Prompt", "Answer", "Score", "Out of", "Graded", "Feedback", "Cited passages"];

/**
 * Every response to the assignment's submitted attempts as CSV, one row per response. Streamed in keyset
 * batches of 2,000 so a 100k-response export never holds every row in memory.
 */
export async function exportResponses({ user, assignmentId }: { user: SessionUser; assignmentId: string }) {
  const a = await findOwnedAssignment({ user, assignmentId });
  const { passageName } = await loadSetEssays(a.setId);
  const questions = new Map(a.set.questions.map((q, i) => [q.id, { ...q, number: i + 1 }]));
  const encoder = new TextEncoder();

  async function* chunks() {
    yield BOM + csvRows([HEADER]) + "\r\n";
    // keyset on the unique (attempt, question) pair keeps each attempt's rows together
    let cursor: { attemptId: string; questionId: string } | undefined;
    for (;;) {
      const batch = await db.response.findMany({
        where: { attempt: { assignmentId: a.id, submittedAt: { not: null } } },
        orderBy: [{ attemptId: "asc" }, { questionId: "asc" }],
        take: BATCH,
        ...(cursor ? { cursor: { attemptId_questionId: cursor }, skip: 1 } : {}),
        select: {
          attemptId: true,
          answer: true,
          autoScore: true,
          manualScore: true,
          feedback: true,
          questionId: true,
          attempt: { select: { number: true, submittedAt: true, student: { select: { name: true, email: true } } } },
          citations: { select: { passageId: true, exact: true } },
        },
      });
      if (batch.length === 0) return;
      const rows = batch.map((r) => {
        const q = questions.get(r.questionId);
        const type = (q?.type ?? "") as QuestionType;
        const score = r.manualScore ?? r.autoScore;
        return [
          r.attempt.student.name,
          r.attempt.student.email,
          r.attempt.number,
          r.attempt.submittedAt,
          q?.number ?? null,
          type,
          q?.prompt ?? "",
          describeAnswer(type, q?.content, r.answer, passageName),
          score,
          q?.points ?? null,
          r.manualScore !== null ? "by instructor" : r.autoScore !== null ? "automatically" : "awaiting grading",
          r.feedback ?? "",
          r.citations.map((c) => (c.exact ? `${passageName(c.passageId)}: “${c.exact}”` : passageName(c.passageId))).join("; "),
        ];
      });
      yield csvRows(rows) + "\r\n";
      if (batch.length < BATCH) return;
      const last = batch[batch.length - 1]!;
      cursor = { attemptId: last.attemptId, questionId: last.questionId };
    }
  }

  const iterator = chunks();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
  });
  return { filename: `${fileSlug(a.title)}-responses.csv`, stream };
}
