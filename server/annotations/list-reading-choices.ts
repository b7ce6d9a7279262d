import "server-only";
import type { SessionUser } from "../auth/session";
import { db } from "../db";

/** The essays an instructor may assign as a reading: those of their own sets and the built-in ones. */
export async function listReadingChoices(o: { user: SessionUser }) {
  const sets = await db.questionSet.findMany({
    where: { OR: [{ ownerId: o.user.id }, { builtIn: true }] },
    orderBy: [{ builtIn: "asc" }, { updatedAt: "desc" }],
    select: { id: true, title: true, essays: { select: { essay: { select: { id: true, title: true } } } } },
  });
  const seen = new Set<string>();
  const choices: { value: string; label: string }[] = [];
  for (const s of sets)
    for (const { essay } of s.essays) {
      if (seen.has(essay.id)) continue;
      seen.add(essay.id);
      choices.push({ value: `${s.id}:${essay.id}`, label: `${essay.title} (from “${s.title}”)` });
    }
  return choices;
}
