import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors/app-error";
import type { Answer, Citation } from "@/lib/questions/schema";
import { db, type Tx } from "../db";
import { sqlFile } from "./sql-file";

type Written = { id: string; clientSeq: number };

/**
 * Writes a debate answer and its citations in one transaction, after saveResponse checked the attempt. null:
 * nothing was written (a newer save already landed, or a submit won the race).
 */
export async function saveDebate(
  opts: { attemptId: string; questionId: string; clientSeq: number },
  setId: string,
  answer: Answer<"DEBATE">,
  score: number | null,
): Promise<{ saved: true; clientSeq: number; responseId: string } | null> {
  const saved = await db.$transaction(async (tx) => {
    const r = await tx.$queryRawUnsafe<Written[]>(
      sqlFile("upsertDebateResponse"),
      opts.attemptId,
      randomUUID(),
      opts.questionId,
      JSON.stringify(answer),
      answer.stanceId,
      opts.clientSeq,
      score,
    );
    if (r[0]) await replaceCitations(tx, r[0].id, setId, answer.citations);
    return r;
  });
  return saved[0] ? { saved: true, clientSeq: saved[0].clientSeq, responseId: saved[0].id } : null;
}

/** Replaces a response's citations; every cited passage must come from the assigned set's essays. */
async function replaceCitations(tx: Tx, responseId: string, setId: string, citations: Citation[]) {
  await tx.responseCitation.deleteMany({ where: { responseId } });
  if (citations.length === 0) return;
  const ids = [...new Set(citations.map((x) => x.passageId))];
  const allowed = await tx.passage.findMany({
    where: { id: { in: ids }, essay: { questionSets: { some: { setId } } } },
    select: { id: true },
  });
  if (allowed.length !== ids.length)
    throw new AppError(
      "INVALID",
      "Cite passages from the assigned essays only. Reload the page and pick your evidence again.",
    );
  await tx.responseCitation.createMany({
    data: citations.map((x) => ({
      responseId,
      passageId: x.passageId,
      quoteStart: x.quote?.start ?? null,
      quoteEnd: x.quote?.end ?? null,
      exact: x.quote?.exact ?? null,
      prefix: x.quote?.prefix ?? null,
      suffix: x.quote?.suffix ?? null,
    })),
  });
}
