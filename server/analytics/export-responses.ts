import "server-only";
import { describeAnswer } from "@/lib/csv/describe-answer";
import { BOM, csvRows, fileSlug } from "@/lib/csv/write-csv";
import type { SessionUser } from "../auth/session";
import { Prisma } from "../generated/prisma/client";
import { analyticsDb } from "./analytics-db";
import { findOwnedAssignment } from "./find-owned-assignment";
import { loadSetEssays } from "./load-set-essays";

const BATCH = 5000;
type Row = {
  attemptId: string;
  questionId: string;
  answer: unknown;
  autoScore: number | null;
  manualScore: number | null;
  feedback: string | null;
  number: number;
  submittedAt: Date;
  name: string;
  email: string;
  citations: { passageId: string; exact: string | null }[];
};
const HEADER = [
  "Student",
  "Email",
  "Attempt",
  "Submitted at",
  "Question",
  "Type",
  "Prompt",
  "Answer",
  "Score",
  "Out of",
  "Graded",
  "Feedback",
  "Cited passages",
];

/**
 * Every response to the assignment's submitted attempts as CSV, one row per response. Streamed in keyset
 * batches of 5,000 so a 100k-response export never holds every row in memory. Read from analyticsDb() (decision 0087).
 */
export async function exportResponses({
  user,
  assignmentId,
  batchSize = BATCH,
}: {
  user: SessionUser;
  assignmentId: string;
  batchSize?: number;
}) {
  const db = analyticsDb();
  const a = await findOwnedAssignment({ user, assignmentId, from: db });
  const { passageName, passageText } = await loadSetEssays(a.setId, db);
  const questions = new Map(a.set.questions.map((q, i) => [q.id, { ...q, number: i + 1 }]));
  const encoder = new TextEncoder();

  async function* chunks() {
    yield BOM + csvRows([HEADER]) + "\r\n";
    // keyset on the unique (attempt, question) pair: each batch is one indexed range scan, and each
    // attempt's rows stay together
    let after: Prisma.Sql = Prisma.empty;
    for (;;) {
      const batch = await db.$queryRaw<Row[]>(Prisma.sql`
        SELECT r."attemptId", r."questionId", r."answer", r."autoScore", r."manualScore", r."feedback",
          a."number", a."submittedAt", u."name", u."email",
          COALESCE((SELECT json_agg(json_build_object('passageId', c."passageId", 'exact', c."exact"))
                    FROM "ResponseCitation" c WHERE c."responseId" = r."id"), '[]'::json) AS "citations"
        FROM "Response" r
        JOIN "Attempt" a ON a."id" = r."attemptId"
        JOIN "User" u ON u."id" = a."studentId"
        WHERE a."assignmentId" = ${a.id} AND a."submittedAt" IS NOT NULL ${after}
        ORDER BY r."attemptId", r."questionId"
        LIMIT ${batchSize}`);
      if (batch.length === 0) return;
      const rows = batch.map((r) => {
        const q = questions.get(r.questionId);
        const score = r.manualScore ?? r.autoScore;
        return [
          r.name,
          r.email,
          r.number,
          r.submittedAt,
          q?.number ?? null,
          q?.type ?? "",
          q?.prompt ?? "",
          q ? describeAnswer(q, r.answer, passageName, passageText) : "",
          score,
          q?.points ?? null,
          r.manualScore !== null ? "by instructor" : r.autoScore !== null ? "automatically" : "awaiting grading",
          r.feedback ?? "",
          r.citations
            .map((c) => (c.exact ? `${passageName(c.passageId)}: “${c.exact}”` : passageName(c.passageId)))
            .join("; "),
        ];
      });
      yield csvRows(rows) + "\r\n";
      if (batch.length < batchSize) return;
      const last = batch[batch.length - 1]!;
      after = Prisma.sql`AND (r."attemptId", r."questionId") > (${last.attemptId}, ${last.questionId})`;
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
