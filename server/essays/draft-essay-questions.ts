import "server-only";
import { notFound } from "next/navigation";
import { draftQuestions, type DraftEssay, type DraftKind } from "@/lib/drafting/draft-questions";
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
 * Suggested questions for an essay the instructor can read. `peers` are the slugs of essays the instructor chose to
 * pair it with (only those they can read count): they feed which-essay-says-this and extra distractors; no other
 * essay of the library is read. Deterministic, so a reload shows the same drafts.
 */
export async function draftEssayQuestions(opts: {
  user: SessionUser;
  slug: string;
  limit?: number;
  kinds?: readonly DraftKind[];
  peers?: readonly string[];
}) {
  const visible = essayVisibleTo(opts.user);
  const essay = await db.essay.findFirst({
    where: { AND: [{ slug: opts.slug }, visible] },
    select: { id: true, slug: true, title: true, body: true, updatedAt: true, passages: passageSelect },
  });
  if (!essay) notFound();
  const peerSlugs = [...new Set(opts.peers ?? [])].filter((s) => s !== essay.slug).slice(0, 3);
  const peers = peerSlugs.length
    ? await db.essay.findMany({
        where: { AND: [{ slug: { in: peerSlugs } }, visible] },
        orderBy: { id: "asc" },
        select: { id: true, slug: true, title: true, body: true, updatedAt: true, passages: passageSelect },
      })
    : [];
  const key = [
    opts.limit ?? "auto",
    (opts.kinds ?? []).join(","),
    essay.id,
    essay.updatedAt.getTime(),
    ...peers.map((e) => `${e.id}@${e.updatedAt.getTime()}`),
  ].join("|");
  let drafts = cache.get(key);
  if (!drafts) {
    drafts = draftQuestions(essay as DraftEssay, peers as DraftEssay[], { limit: opts.limit, kinds: opts.kinds });
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, drafts);
  }
  return {
    essay,
    peers: peers.map((e) => ({ slug: e.slug, title: e.title })),
    /** the peers' passages, for the comparison drafts that cite a sentence of each essay */
    peerPassages: peers.flatMap((e) => e.passages),
    drafts,
  };
}
