import "server-only";
import { tallyAnswers } from "@/lib/live/distribution";
import type { Tally } from "@/lib/live/types";
import { db } from "../db";
import type { FullLiveQuestion } from "./load-live-question";

// A session's participants are the open (unsubmitted) attempts of its assignment: joining opens one,
// ending the session submits them all. Only one session of an assignment runs at a time.
/** The live distribution: one GROUP BY on the answer JSON in PostgreSQL, folded into bars. */
export async function computeLiveTally(assignmentId: string, q: FullLiveQuestion): Promise<Tally> {
  const groups = await db.$queryRaw<{ answer: unknown; count: number }[]>`
    SELECT r."answer", count(*)::int AS "count"
    FROM "Response" r JOIN "Attempt" a ON a."id" = r."attemptId"
    WHERE r."questionId" = ${q.live.id} AND a."assignmentId" = ${assignmentId} AND a."submittedAt" IS NULL
    GROUP BY r."answer"`;
  const { answered, buckets } = tallyAnswers(q.live, groups, q.live.citable);
  return { questionId: q.live.id, answered, buckets };
}
