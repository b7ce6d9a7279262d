import "server-only";
import type { SessionUser } from "../auth/session";
import type { Tx } from "../db";
import { syncEssay } from "./sync-essay";

type NewEssay = { slug: string; title: string; author: string | null; source: string | null; body: string };

/**
 * Writes an instructor's essay and its passages inside the caller's transaction (an essay import, or a
 * question-bank import that brings its reading passages). The body must already be checked (checkEssayText).
 * A taken slug fails with Prisma's P2002, which the caller handles.
 */
export async function createEssayInTx(tx: Tx, user: SessionUser, e: NewEssay) {
  await tx.essay.create({ data: { ...e, builtIn: false, ownerId: user.id } });
  const essay = await syncEssay(
    tx,
    { ...e, titleInSource: true, authorNote: null, sourceNote: null },
    { builtIn: false, ownerId: user.id },
  );
  const passages = await tx.passage.findMany({
    where: { essayId: essay.id },
    select: { id: true, paragraph: true, sentence: true },
  });
  return { id: essay.id, slug: essay.slug, title: essay.title, passages };
}
