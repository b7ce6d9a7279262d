import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import { essayVisibleTo } from "./essay-access";

/** The essay with its passages, or notFound() when it does not exist or the viewer may not read it. */
export async function getEssay(slug: string, viewer: { id: string; role: "INSTRUCTOR" | "STUDENT" } | null) {
  const essay = await db.essay.findFirst({
    where: { AND: [{ slug }, essayVisibleTo(viewer)] },
    include: { passages: { orderBy: [{ paragraph: "asc" }, { sentence: "asc" }] } },
  });
  if (!essay) notFound();
  return essay;
}
