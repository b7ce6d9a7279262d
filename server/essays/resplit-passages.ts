import "server-only";
import { passagesCovering, planResplit } from "@/lib/passages/remap-passages";
import { segmentBody } from "@/lib/passages/segment";
import type { PrismaClient } from "../generated/prisma/client";

export type ResplitClient = Pick<PrismaClient, "passage" | "questionPassage" | "responseCitation" | "postCitation">;

/**
 * Brings an essay's passages in line with how `body` is split today, moving every citation with its text: a
 * passage whose offsets are unchanged keeps its row (renumbered if needed); a sentence that was split is
 * replaced by its parts and whatever cited it now cites each part that holds its text; merged sentences are
 * replaced by the merge. Idempotent: when the split is the same it writes nothing. Run it in a transaction.
 * Returns null, touching nothing, when the stored passages were not cut from this body (the text was edited):
 * offsets are then not comparable.
 */
export async function resplitPassages(
  db: ResplitClient,
  essayId: string,
  body: string,
): Promise<{ changed: number } | null> {
  const current = await db.passage.findMany({ where: { essayId } });
  if (current.some((p) => body.slice(p.start, p.end) !== p.text)) return null;
  const plan = planResplit(current, segmentBody(body));
  const renumbered = plan.keep.filter(
    (k) => k.old.paragraph !== k.next.paragraph || k.old.sentence !== k.next.sentence,
  );
  if (plan.create.length === 0 && plan.replace.length === 0 && renumbered.length === 0) return { changed: 0 };

  // Free the (essay, paragraph, sentence) keys first: rows that move or go away park on negative numbers.
  const moving = [...renumbered.map((k) => k.old), ...plan.replace.map((r) => r.old)];
  for (const [i, p] of moving.entries()) await db.passage.update({ where: { id: p.id }, data: { sentence: -1 - i } });
  for (const k of renumbered)
    await db.passage.update({
      where: { id: k.old.id },
      data: { paragraph: k.next.paragraph, sentence: k.next.sentence },
    });
  const created = [];
  for (const s of plan.create) {
    const row = await db.passage.create({
      data: { essayId, paragraph: s.paragraph, sentence: s.sentence, text: s.text, start: s.start, end: s.end },
    });
    created.push(row);
  }
  const rows = [...plan.keep.map((k) => ({ ...k.next, id: k.old.id })), ...created];

  for (const { old } of plan.replace) {
    const targets = passagesCovering(old, rows);
    await moveQuestionCitations(
      db,
      old.id,
      targets.map((t) => t.id),
    );
    for (const table of ["responseCitation", "postCitation"] as const) {
      // Both tables have the same citation columns; a quote moves to the parts that hold the quoted text.
      const delegate = db[table] as unknown as CitationDelegate;
      for (const c of await delegate.findMany({ where: { passageId: old.id } })) {
        const span =
          c.quoteStart != null && c.quoteEnd != null
            ? { start: c.quoteStart, end: c.quoteEnd, sentence: old.sentence }
            : old;
        const [first, ...rest] = passagesCovering(span, rows).map((t) => t.id);
        const to = first ?? targets[0]!.id;
        await delegate.update({ where: { id: c.id }, data: { passageId: to } });
        const { id: _id, passageId: _p, ...copy } = c;
        for (const passageId of rest) await delegate.create({ data: { ...copy, passageId } });
      }
    }
    await db.passage.delete({ where: { id: old.id } });
  }
  return { changed: moving.length + created.length };
}

type Citation = { id: string; passageId: string; quoteStart: number | null; quoteEnd: number | null } & Record<
  string,
  unknown
>;
type CitationDelegate = {
  findMany(args: { where: { passageId: string } }): Promise<Citation[]>;
  update(args: { where: { id: string }; data: { passageId: string } }): Promise<unknown>;
  create(args: { data: Record<string, unknown> }): Promise<unknown>;
};

/** Every question that cited `from` cites `to` in its place, in the same order among its passages. */
async function moveQuestionCitations(db: ResplitClient, from: string, to: string[]) {
  for (const { questionId } of await db.questionPassage.findMany({
    where: { passageId: from },
    select: { questionId: true },
  })) {
    const list = await db.questionPassage.findMany({ where: { questionId }, orderBy: { position: "asc" } });
    const ids = [...new Set(list.flatMap((qp) => (qp.passageId === from ? to : [qp.passageId])))];
    await db.questionPassage.deleteMany({ where: { questionId } });
    await db.questionPassage.createMany({
      data: ids.map((passageId, position) => ({ questionId, passageId, position })),
    });
  }
}
