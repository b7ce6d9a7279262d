import "server-only";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { db, type Tx } from "../db";
import { createEssayInTx } from "../essays/create-essay-in-tx";
import { planBankImport, type NewEssayPlan } from "./plan-bank-import";
import { saveQuestionInTx } from "./save-question";
import { editableSetWhere } from "./set-access";

export type BankDestination = { kind: "new"; title: string } | { kind: "existing"; setId: string };

/** Replaces every temporary passage id (a citation, an evidence option or key) with the saved passage's id. */
function remap(v: unknown, ids: Map<string, string>): unknown {
  if (typeof v === "string") return ids.get(v) ?? v;
  if (Array.isArray(v)) return v.map((x) => remap(x, ids));
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, remap(x, ids)]));
  return v;
}

/** A free slug for a new essay: the file's own, else with a numeric suffix. */
async function freeSlug(tx: Tx, base: string) {
  const taken = new Set(
    (await tx.essay.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((e) => e.slug),
  );
  for (let n = 1; ; n++) if (!taken.has(n === 1 ? base : `${base}-${n}`)) return n === 1 ? base : `${base}-${n}`;
}

async function createEssays(tx: Tx, user: SessionUser, plans: NewEssayPlan[]) {
  const ids = new Map<string, string>();
  const essayIds: string[] = [];
  for (const plan of plans) {
    const slug = await freeSlug(tx, plan.slug);
    const essay = await createEssayInTx(tx, user, {
      slug,
      title: plan.title,
      author: null,
      source: null,
      body: plan.body,
    });
    essayIds.push(essay.id);
    const byPos = new Map(essay.passages.map((p) => [`${p.paragraph}:${p.sentence}`, p.id]));
    for (const [temp, pos] of plan.tempIds) {
      const id = byPos.get(pos);
      if (id) ids.set(temp, id);
    }
  }
  return { ids, essayIds };
}

/**
 * Saves a previewed bank: new essays for the file's unmatched reading passages, the destination set (new, or
 * one of the instructor's own), and every question that cites a passage, in one transaction: on any failure
 * nothing is written. `digest` must be the preview's, so what is saved is what the instructor saw.
 */
export async function importQuestionBank(opts: {
  user: SessionUser;
  bytes: Uint8Array;
  name: string;
  digest: string;
  destination: BankDestination;
}) {
  if (createHash("sha256").update(opts.bytes).digest("hex") !== opts.digest)
    throw new AppError("CONFLICT", "The file is not the one you previewed. Preview it again, then import.");
  const plan = await planBankImport(opts);
  if (plan.questions.length === 0)
    throw new AppError(
      "INVALID",
      "No question in this file cites a passage we could find, so there is nothing to import.",
    );
  return db.$transaction(
    async (tx) => {
      const { ids, essayIds: newEssays } = await createEssays(tx, opts.user, plan.create);
      const questions = plan.questions.map((q) => remap(q.question, ids) as typeof q.question);
      const cited = [...new Set(questions.flatMap((q) => q.passageIds))];
      const citedEssays = await tx.passage.findMany({
        where: { id: { in: cited } },
        select: { essayId: true },
        distinct: ["essayId"],
      });
      const essayIds = [...new Set([...newEssays, ...citedEssays.map((p) => p.essayId)])];
      let setId: string;
      if (opts.destination.kind === "new") {
        const set = await tx.questionSet.create({
          data: {
            title: opts.destination.title,
            ownerId: opts.user.id,
            builtIn: false,
            essays: { create: essayIds.map((essayId) => ({ essayId })) },
          },
          select: { id: true },
        });
        setId = set.id;
      } else {
        const set = await tx.questionSet.findFirst({
          where: editableSetWhere(opts.user, opts.destination.setId),
          select: { id: true },
        });
        if (!set) throw new AppError("NOT_FOUND", "This question set does not exist or is not yours.");
        setId = set.id;
        await tx.questionSetEssay.createMany({
          data: essayIds.map((essayId) => ({ setId, essayId })),
          skipDuplicates: true,
        });
      }
      for (const input of questions) await saveQuestionInTx(tx, { user: opts.user, setId, input });
      return { setId, questions: questions.length, essays: newEssays.length };
    },
    { timeout: 60_000 },
  );
}
