import "server-only";
import { parseQuestion } from "@/lib/questions/typed-question";
import { layoutGuide, openSectionCount, pickGuideEssay } from "@/lib/guided-reading/guide-layout";
import { screenGuideSentence, toParagraphs, type GuideView } from "@/lib/guided-reading/guide-view";
import { db } from "../db";

export type GuidedReading = {
  view: GuideView;
  order: string[];
  openCount: number;
  sectionOf: Map<string, number>;
  /** the questions whose answers have opened a section so far */
  opened: readonly string[];
  /** the view and open count for other openings (after recording one), without reading anything again */
  render: (opened: readonly string[]) => { view: GuideView; openCount: number };
};

/**
 * The guided reading of one attempt, decided on the server: where each question goes, which sections are open
 * (the attempt's recorded openings, or all when the instructor turned the gate off) and the open sections' text,
 * screened for answer keys. `order` is the questions' reading order.
 */
export async function getGuidedReading(opts: {
  attemptId: string;
  assignmentId: string;
  studentId: string;
  setId: string;
  /** the attempt's question ids in its order (ties at one place keep it) */
  questionIds: readonly string[];
}): Promise<GuidedReading> {
  const [attempt, gate, questions, setEssay] = await Promise.all([
    db.attempt.findFirstOrThrow({
      where: { id: opts.attemptId, studentId: opts.studentId },
      select: { guideOpened: true },
    }),
    db.guidedGateOff.findUnique({
      where: { assignmentId_studentId: { assignmentId: opts.assignmentId, studentId: opts.studentId } },
      select: { createdAt: true },
    }),
    db.question.findMany({
      where: { setId: opts.setId },
      select: {
        id: true,
        type: true,
        content: true,
        answerKey: true,
        passages: {
          select: { passage: { select: { paragraph: true, sentence: true, essay: { select: { slug: true } } } } },
        },
      },
    }),
    db.questionSetEssay.findFirst({
      where: { setId: opts.setId },
      orderBy: { essay: { title: "asc" } },
      select: { essay: { select: { slug: true } } },
    }),
  ]);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const placed = opts.questionIds.flatMap((id) => {
    const q = byId.get(id);
    if (!q) return [];
    return [
      {
        id,
        passages: q.passages.map(({ passage: p }) => ({
          essaySlug: p.essay.slug,
          paragraph: p.paragraph,
          sentence: p.sentence,
        })),
      },
    ];
  });
  const slug = pickGuideEssay(placed, setEssay?.essay.slug ?? null);
  const essay = slug
    ? await db.essay.findUnique({
        where: { slug },
        select: {
          id: true,
          slug: true,
          title: true,
          passages: { select: { id: true, paragraph: true, sentence: true, text: true } },
        },
      })
    : null;
  const passages = essay?.passages ?? [];
  const sections = layoutGuide(slug ?? "", passages, placed);
  const gateOff = gate !== null;
  const sentenceById = new Map(passages.map((p) => [p.id, p]));
  const paragraphId = new Map(passages.filter((p) => p.sentence === 0).map((p) => [p.paragraph, p.id]));
  // Each placed question typed once, for screening its key out of the sentences it cites.
  const typed = new Map(
    placed.map((q) => {
      const full = byId.get(q.id)!;
      return [q.id, parseQuestion({ type: full.type, content: full.content, answerKey: full.answerKey })];
    }),
  );
  // Which questions cite each sentence (directly or through its paragraph), for screening their keys.
  const citing = (paragraph: number, sentence: number) =>
    placed
      .filter((q) =>
        q.passages.some(
          (p) => p.essaySlug === slug && p.paragraph === paragraph && (p.sentence === 0 || p.sentence === sentence),
        ),
      )
      .map((q) => typed.get(q.id)!);
  const sectionOf = new Map<string, number>();
  sections.forEach((s, i) => s.questionIds.forEach((id) => sectionOf.set(id, i)));
  const render = (opened: readonly string[]) => {
    const openCount = openSectionCount(sections, new Set(opened), gateOff);
    const view: GuideView = {
      essay: essay && { id: essay.id, slug: essay.slug, title: essay.title },
      sections: sections.slice(0, openCount).map((s) => ({
        questionIds: s.questionIds,
        paragraphs: toParagraphs(
          s.sentences.map((id) => {
            const p = sentenceById.get(id)!;
            return { ...p, text: screenGuideSentence(p.text, citing(p.paragraph, p.sentence)) };
          }),
        ).map((p) => ({ ...p, id: paragraphId.get(p.paragraph) })),
      })),
      locked: openCount < sections.length,
      gateOff,
    };
    return { view, openCount };
  };
  return {
    ...render(attempt.guideOpened),
    order: sections.flatMap((s) => s.questionIds),
    sectionOf,
    opened: attempt.guideOpened,
    render,
  };
}
