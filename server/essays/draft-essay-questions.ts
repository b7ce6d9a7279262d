import "server-only";
import { notFound } from "next/navigation";
import { draftQuestions, type DraftEssay } from "@/lib/drafting/draft-questions";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { essayVisibleTo } from "./essay-access";

// Drafting takes seconds (NLP over the whole library) and is deterministic, so results are kept per
// essay + library version. Only a speed-up: any app server recomputes the same drafts on a miss.
const cache = new Map<string, ReturnType<typeof draftQuestions>>();
const CACHE_SIZE = 20;

const passageSelect = {
  orderBy: [{ paragraph: "asc" as const }, { sentence: "asc" as const }],
  select: { id: true, paragraph: true, sentence: true, text: true, start: true, end: true },
};

/**
 * Suggested questions for an essay the instructor can read, drawn with the rest of their library (the
 * built-in essays and their own imports) as distractors. Deterministic, so a reload shows the same drafts.
 */
export async function draftEssayQuestions(opts: { user: SessionUser; slug: string; limit?: number }) {
  const visible = essayVisibleTo(opts.user);
  const essay = await db.essay.findFirst({
    where: { AND: [{ slug: opts.slug }, visible] },
    select: { id: true, slug: true, title: true, body: true, updatedAt: true, passages: passageSelect },
  });
  if (!essay) notFound();
  const library = await db.essay.findMany({
    where: { AND: [{ id: { not: essay.id } }, visible] },
    orderBy: { id: "asc" },
    select: { id: true, slug: true, title: true, body: true, updatedAt: true, passages: passageSelect },
  });
  const limit = opts.limit ?? 12;
  const key = [
    limit,
    essay.id,
    essay.updatedAt.getTime(),
    ...library.map((e) => `${e.id}@${e.updatedAt.getTime()}`),
  ].join("|");
  let drafts = cache.get(key);
  if (!drafts) {
    drafts = draftQuestions(essay as DraftEssay, library as DraftEssay[], { limit });
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, drafts);
  }
  return { essay, drafts };
}
