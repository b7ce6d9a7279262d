import "server-only";
import type { PublicQuestion } from "@/lib/questions/public-question";
import { parseQuestion } from "@/lib/questions/typed-question";
import { db } from "../db";
import { passageSelect, toPassageRef } from "./to-passage-ref";

/** A set's questions as students may see them (no key, explanation or rubric), in the set's order. */
export async function loadPublicQuestions(setId: string): Promise<PublicQuestion[]> {
  const rows = await db.question.findMany({
    where: { setId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      type: true,
      prompt: true,
      content: true,
      points: true,
      passages: { orderBy: { position: "asc" }, select: { passage: { select: passageSelect } } },
    },
  });
  return rows.map((q) => parseQuestion({ ...q, passages: q.passages.map((x) => toPassageRef(x.passage)) }));
}
