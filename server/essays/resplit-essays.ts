import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { resplitPassages } from "./resplit-passages";

/**
 * Deploy-time data step (run by the seed, which `scripts/db.mjs` runs after `prisma migrate deploy`): re-splits
 * every essay with today's splitter, one transaction per essay, moving citations with their text. Idempotent:
 * an essay already split this way is not written. Returns the essays that changed.
 */
export async function resplitEssays(prisma: PrismaClient): Promise<string[]> {
  const changed: string[] = [];
  for (const { id, slug, body } of await prisma.essay.findMany({
    select: { id: true, slug: true, body: true },
    orderBy: { id: "asc" },
  })) {
    const r = await prisma.$transaction((tx) => resplitPassages(tx, id, body), { timeout: 60_000 });
    if (r && r.changed > 0) changed.push(slug);
  }
  return changed;
}
