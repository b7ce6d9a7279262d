import "server-only";
import type { PassageRef, PublicQuestion } from "@/lib/questions/public-question";
import { seededShuffle } from "@/lib/questions/public-question";
import type { QuestionType } from "@/lib/questions/schema";
import { db } from "../db";

const passageSelect = { id: true, paragraph: true, sentence: true, text: true, essay: { select: { slug: true, title: true } } } as const;
type PassageRow = { id: string; paragraph: number; sentence: number; text: string; essay: { slug: string; title: string } };
export const toRef = (p: PassageRow): PassageRef => ({ id: p.id, essaySlug: p.essay.slug, essayTitle: p.essay.title, paragraph: p.paragraph, sentence: p.sentence, text: p.text });

/** A set's questions as students may see them (no key, explanation or rubric), in the set's order. */
export async function loadPublicQuestions(setId: string): Promise<PublicQuestion[]> {
  const rows = await db.question.findMany({
    where: { setId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, type: true, prompt: true, content: true, points: true, passages: { orderBy: { position: "asc" }, select: { passage: { select: passageSelect } } } },
  });
  return rows.map((q) => ({ id: q.id, type: q.type as QuestionType, prompt: q.prompt, content: q.content, points: q.points, passages: q.passages.map((x) => toRef(x.passage)) }));
}

/**
 * Passages the student's browser needs to show answers: every sentence of the set's essays when a debate
 * prompt may cite them, and the passages offered by evidence questions.
 */
export async function loadCitable(setId: string, questions: PublicQuestion[]): Promise<PassageRef[]> {
  const evidenceIds = questions.flatMap((q) => (q.type === "EVIDENCE" ? (((q.content ?? {}) as { options?: string[] }).options ?? []) : []));
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
  return rows.map(toRef);
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Shuffles an array, never returning the stored order when another exists (an ordering item would give away its key). */
function shuffleAway<T>(items: T[], seed: number): T[] {
  const out = seededShuffle(items, seed);
  if (items.length > 1 && out.every((x, i) => x === items[i])) out.push(out.shift()!);
  return out;
}

/**
 * The attempt's view of the questions: order and choices shuffled by the attempt's seed, so the same
 * attempt shows the same order on every reload and device. Ordering items are always shuffled.
 */
export function arrangeForAttempt(questions: PublicQuestion[], opts: { seed: number; shuffleQuestions: boolean; shuffleChoices: boolean }): PublicQuestion[] {
  const ordered = opts.shuffleQuestions ? seededShuffle(questions, opts.seed) : questions;
  return ordered.map((q) => {
    const c = { ...((q.content ?? {}) as Record<string, unknown>) };
    const s = (opts.seed ^ hash(q.id)) >>> 0;
    if (q.type === "ORDERING" && Array.isArray(c.items)) c.items = shuffleAway(c.items, s);
    if (opts.shuffleChoices) {
      if (Array.isArray(c.choices)) c.choices = seededShuffle(c.choices, s);
      if (q.type === "EVIDENCE" && Array.isArray(c.options)) c.options = seededShuffle(c.options, s);
      if (q.type === "ATTRIBUTION" && Array.isArray(c.essays)) c.essays = seededShuffle(c.essays, s);
    }
    return { ...q, content: c };
  });
}
