import "server-only";
import type { EssayView } from "@/lib/discussion/view-types";
import { db } from "../db";

/**
 * The essays a discussion shows: those the question cites first (in citation order), then the set's other
 * essays (a debate may cite either side's essay). Bodies are returned verbatim with their passages.
 */
export async function loadEssays({
  setId,
  citedPassageIds,
}: {
  setId: string;
  citedPassageIds: string[];
}): Promise<EssayView[]> {
  const essays = await db.essay.findMany({
    where: { OR: [{ questionSets: { some: { setId } } }, { passages: { some: { id: { in: citedPassageIds } } } }] },
    select: {
      id: true,
      slug: true,
      title: true,
      body: true,
      passages: {
        orderBy: [{ paragraph: "asc" }, { sentence: "asc" }],
        select: { id: true, paragraph: true, sentence: true, text: true, start: true, end: true },
      },
    },
  });
  const rank = (e: (typeof essays)[number]) => {
    const i = citedPassageIds.findIndex((pid) => e.passages.some((p) => p.id === pid));
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  return essays.sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));
}
