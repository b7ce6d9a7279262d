import "server-only";
import { passageLabel } from "@/lib/passages/group";
import { db, type Db } from "../db";

/** The essays a question set reads (linked to the set, or cited by its questions), with their passages. */
export async function loadSetEssays(setId: string, from: Db = db) {
  const essays = await from.essay.findMany({
    where: {
      OR: [
        { questionSets: { some: { setId } } },
        { passages: { some: { questionCitations: { some: { question: { setId } } } } } },
      ],
    },
    orderBy: { title: "asc" },
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
  const names = new Map<string, string>();
  const texts = new Map<string, string>();
  for (const e of essays)
    for (const p of e.passages) {
      names.set(p.id, essays.length > 1 ? `${e.title} ${passageLabel(p)}` : passageLabel(p));
      texts.set(p.id, p.text);
    }
  return {
    essays,
    passageName: (id: string) => names.get(id) ?? "a passage no longer in the essay",
    passageText: (id: string) => texts.get(id),
  };
}
