import "server-only";
import { readAnswer } from "@/lib/questions/answer-shape";
import type { PassageRef, PublicQuestion } from "@/lib/questions/public-question";
import { db } from "../db";
import { passageSelect, toPassageRef } from "./to-passage-ref";

/**
 * The passages a submitted attempt's result shows beyond each question's own: the options of evidence questions
 * and the sentences debate answers cite (of the set's essays, as loadCitable offered them). Only those: the
 * result used to load every sentence of the essays whenever the set had a debate prompt.
 */
export async function loadAnswerPassages(
  setId: string,
  questions: PublicQuestion[],
  answers: ReadonlyMap<string, unknown>,
): Promise<PassageRef[]> {
  const evidenceIds = questions.flatMap((q) => (q.type === "EVIDENCE" ? q.content.options : []));
  const citedIds = questions.flatMap((q) =>
    q.type === "DEBATE" ? (readAnswer.DEBATE(answers.get(q.id)).citations ?? []).map((c) => c.passageId) : [],
  );
  if (evidenceIds.length === 0 && citedIds.length === 0) return [];
  const rows = await db.passage.findMany({
    where: {
      OR: [
        ...(citedIds.length
          ? [{ id: { in: citedIds }, sentence: { gt: 0 }, essay: { questionSets: { some: { setId } } } }]
          : []),
        ...(evidenceIds.length ? [{ id: { in: evidenceIds } }] : []),
      ],
    },
    select: passageSelect,
  });
  return rows.map(toPassageRef);
}
