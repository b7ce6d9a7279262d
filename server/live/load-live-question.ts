import "server-only";
import { passageInContext } from "@/lib/live/passage-context";
import type { LiveQuestion } from "@/lib/live/types";
import type { PassageRef } from "@/lib/questions/public-question";
import { toPublicQuestion } from "@/lib/questions/public-question";
import type { QuestionType } from "@/lib/questions/schema";
import { db } from "../db";

export type FullLiveQuestion = {
  live: LiveQuestion;
  /** secret: stays on the server until the reveal */
  answerKey: unknown;
  explanation: string;
  total: number;
};

const passageSelect = { id: true, essayId: true, paragraph: true, sentence: true, text: true, start: true, end: true, essay: { select: { slug: true, title: true } } } as const;

/**
 * The set's question at `index` (ordered by position) with its cited passages in context and, for evidence
 * questions, the texts of the passages offered. The caller has already authorized access to the set.
 */
export async function loadLiveQuestion(setId: string, index: number): Promise<FullLiveQuestion | null> {
  const [total, q] = await Promise.all([
    db.question.count({ where: { setId } }),
    db.question.findFirst({
      where: { setId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      skip: index,
      include: { passages: { orderBy: { position: "asc" }, include: { passage: { select: passageSelect } } } },
    }),
  ]);
  if (!q || index < 0) return null;
  const cited = q.passages.map((qp) => qp.passage);
  const paragraphs = await db.passage.findMany({
    where: { OR: cited.map((p) => ({ essayId: p.essayId, paragraph: p.paragraph, sentence: 0 })) },
    select: { essayId: true, paragraph: true, text: true, start: true },
  });
  const paraOf = (p: (typeof cited)[number]) => paragraphs.find((x) => x.essayId === p.essayId && x.paragraph === p.paragraph);
  const toRef = (p: (typeof cited)[number]): PassageRef => ({ id: p.id, essaySlug: p.essay.slug, essayTitle: p.essay.title, paragraph: p.paragraph, sentence: p.sentence, text: p.text });

  const content = (q.content ?? {}) as { options?: string[] };
  const optionRows =
    q.type === "EVIDENCE" && Array.isArray(content.options) ? await db.passage.findMany({ where: { id: { in: content.options } }, select: passageSelect }) : [];

  const live: LiveQuestion = {
    ...toPublicQuestion({ id: q.id, type: q.type as QuestionType, prompt: q.prompt, content: q.content, points: q.points, passages: cited.map(toRef) }),
    contexts: cited.map((p) => passageInContext(paraOf(p) ?? { text: p.text, start: p.start }, p, p.essay.title)),
    citable: optionRows.map(toRef),
  };
  return { live, answerKey: q.answerKey, explanation: q.explanation, total };
}
