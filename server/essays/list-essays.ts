import "server-only";
import { db } from "../db";
import { essayVisibleTo } from "./essay-access";

export async function listEssays(viewer: { id: string; role: "INSTRUCTOR" | "STUDENT" } | null) {
  const essays = await db.essay.findMany({
    where: essayVisibleTo(viewer),
    orderBy: [{ builtIn: "desc" }, { createdAt: "asc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      titleInSource: true,
      author: true,
      authorNote: true,
      source: true,
      builtIn: true,
      body: true,
      _count: { select: { passages: { where: { sentence: 0 } } } },
    },
  });
  return essays.map(({ body, _count, ...e }) => ({
    ...e,
    paragraphs: _count.passages,
    words: body.split(/\s+/).filter(Boolean).length,
    excerpt: body.slice(0, 220).replace(/\s+\S*$/, "") + "…",
  }));
}
