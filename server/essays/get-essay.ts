import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { db } from "../db";
import { essayVisibleTo } from "./essay-access";

/** The essay with its passages, or notFound() when it does not exist or the viewer may not read it. */
// cache(): the page and generateMetadata both load it within one request.
export const getEssay = cache(async (slug: string, viewer: { id: string; role: "INSTRUCTOR" | "STUDENT" } | null) => {
  const essay = await db.essay.findFirst({
    where: { AND: [{ slug }, essayVisibleTo(viewer)] },
    include: { passages: { orderBy: [{ paragraph: "asc" }, { sentence: "asc" }] } },
  });
  if (!essay) notFound();
  return essay;
});
