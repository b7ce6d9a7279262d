import "server-only";
import { REACTIONS, type ReactionKey, type ReactionView } from "@/lib/discussion/view-types";
import { db } from "../db";

/** Reaction counts per target ("post:<id>" / "response:<id>") with the viewer's own, in two aggregate queries. */
export async function loadReactions(targetKeys: string[], viewerId: string): Promise<(key: string) => ReactionView[]> {
  if (targetKeys.length === 0) return () => REACTIONS.map((r) => ({ key: r.key, count: 0, mine: false }));
  const [counts, mine] = await Promise.all([
    db.reaction.groupBy({
      by: ["targetKey", "emoji"],
      where: { targetKey: { in: targetKeys } },
      _count: { _all: true },
    }),
    db.reaction.findMany({
      where: { targetKey: { in: targetKeys }, userId: viewerId },
      select: { targetKey: true, emoji: true },
    }),
  ]);
  const count = new Map(counts.map((c) => [`${c.targetKey}|${c.emoji}`, c._count._all]));
  const own = new Set(mine.map((m) => `${m.targetKey}|${m.emoji}`));
  return (key) =>
    REACTIONS.map((r) => ({
      key: r.key as ReactionKey,
      count: count.get(`${key}|${r.key}`) ?? 0,
      mine: own.has(`${key}|${r.key}`),
    }));
}
