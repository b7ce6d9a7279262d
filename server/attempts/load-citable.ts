import "server-only";
import type { PassageRef, PublicQuestion } from "@/lib/questions/public-question";
import { db } from "../db";
import { passageSelect, toPassageRef } from "./to-passage-ref";

/**
 * Passages the student's browser needs to show answers: every sentence of the set's essays when a debate
 * prompt may cite them, and the passages offered by evidence questions.
 */
export async function loadCitable(setId: string, questions: PublicQuestion[]): Promise<PassageRef[]> {
  const evidenceIds = questions.flatMap((q) => (q.type === "EVIDENCE" ? q.content.options : []));
  const needEssays = questions.some((q) => q.type === "DEBATE");
  if (!needEssays && evidenceIds.length === 0) return [];
  const rows = await db.passage.findMany({
    where: {
      OR: [
        ...(needEssays ? [{ sentence: { gt: 0 }, essay: { questionSets: { some: { setId } } } }] : []),
        ...(evidenceIds.length ? [{ id: { in: evidenceIds } }] : []),
      ],
    },
    orderBy: [{ essay: { title: "asc" } }, { paragraph: "asc" }, { sentence: "asc" }],
    select: passageSelect,
  });
  return rows.map(toPassageRef);
}
