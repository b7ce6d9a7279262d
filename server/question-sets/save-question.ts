import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { seededShuffle } from "@/lib/questions/public-question";
import { validateQuestion, type ValidQuestion } from "@/lib/questions/schema";
import { regradeQuestion } from "../attempts/regrade-question";
import { runLtiScoreWorker } from "../lti/run-lti-score-worker";
import type { SessionUser } from "../auth/session";
import { db, type Tx } from "../db";
import { essayVisibleTo } from "../essays/essay-access";
import type { Prisma } from "../generated/prisma/client";
import { editableSetWhere } from "./set-access";
import { canonicalJson } from "@/lib/json/canonical-json";

/** Students see ordering items as stored, so store them out of the correct order (never in it). */
function scrambleItems(q: ValidQuestion): ValidQuestion["content"] {
  if (q.type !== "ORDERING") return q.content;
  const c = q.content;
  const seed = [...c.items.map((i) => i.id).join("|")].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) | 0, 7);
  let items = seededShuffle(c.items, seed);
  if (items.every((it, i) => it.id === c.items[i]!.id)) items = [...items.slice(1), items[0]!];
  return { ...c, items };
}

/** Every passage the question refers to (citations, evidence options) must come from the set's essays. */
async function checkReferences(tx: Tx, user: SessionUser, essayIds: string[], q: ValidQuestion) {
  const cited = [...new Set(q.passageIds)];
  const options = q.type === "EVIDENCE" ? q.content.options : [];
  const all = [...new Set([...cited, ...options])];
  const found = await tx.passage.findMany({
    where: { id: { in: all }, essayId: { in: essayIds } },
    select: { id: true },
  });
  const ok = new Set(found.map((p) => p.id));
  if (cited.some((id) => !ok.has(id)))
    throw new AppError("INVALID", "Cite passages of this set's essays.", {
      passageIds: "Cite passages of this set's essays.",
    });
  if (options.some((id) => !ok.has(id)))
    throw new AppError("INVALID", "Offer passages of this set's essays.", {
      "content.options": "Offer passages of this set's essays.",
    });
  if (q.type === "ATTRIBUTION") {
    const c = q.content;
    const essays = await tx.essay.findMany({
      where: { AND: [{ slug: { in: c.essays.map((e) => e.slug) } }, essayVisibleTo(user)] },
      select: { slug: true, title: true },
    });
    if (essays.length !== new Set(c.essays.map((e) => e.slug)).size)
      throw new AppError("INVALID", "Offer essays you can read.", { "content.essays": "Offer essays you can read." });
    // Titles come from the database, not from the form.
    const title = new Map(essays.map((e) => [e.slug, e.title]));
    return { ...c, essays: c.essays.map((e) => ({ slug: e.slug, title: title.get(e.slug)! })) };
  }
  return undefined;
}

/**
 * Creates or updates a question of the instructor's set with its cited passages, in one transaction.
 * When an existing question's key or points change, every stored response to it is regraded in the same
 * transaction, so scores never disagree with the key.
 */
export async function saveQuestion(opts: SaveOptions) {
  const saved = await db.$transaction((tx) => saveQuestionInTx(tx, opts));
  runLtiScoreWorker("kick"); // a regrade may have queued LMS scores
  return saved;
}

type SaveOptions = { user: SessionUser; setId: string; questionId?: string; input: unknown };

/** saveQuestion inside a caller's transaction (accepting a draft creates the set and the question together). */
export async function saveQuestionInTx(tx: Tx, opts: SaveOptions) {
  const v = validateQuestion(opts.input);
  if (!v.ok) throw new AppError("INVALID", "Check the highlighted fields.", v.errors);
  const q = v.question;
  const set = await tx.questionSet.findFirst({
    where: editableSetWhere(opts.user, opts.setId),
    select: { id: true, essays: { select: { essayId: true } } },
  });
  if (!set) throw new AppError("NOT_FOUND", "This question set does not exist or is not yours.");
  const attribution = await checkReferences(
    tx,
    opts.user,
    set.essays.map((e) => e.essayId),
    q,
  );
  const content = (attribution ?? scrambleItems(q)) as Prisma.InputJsonValue;
  const data = {
    type: q.type,
    prompt: q.prompt,
    content,
    answerKey: q.answerKey as Prisma.InputJsonValue,
    explanation: q.explanation,
    points: q.points,
    rubric: q.rubric || null,
  };
  const passages = [...new Set(q.passageIds)].map((passageId, position) => ({ passageId, position }));

  if (!opts.questionId) {
    const last = await tx.question.aggregate({ where: { setId: set.id }, _max: { position: true } });
    const created = await tx.question.create({
      data: { ...data, setId: set.id, position: (last._max.position ?? -1) + 1, passages: { create: passages } },
      select: { id: true },
    });
    await tx.questionSet.update({ where: { id: set.id }, data: { updatedAt: new Date() } });
    return { id: created.id, regraded: 0 };
  }

  const existing = await tx.question.findFirst({
    where: { id: opts.questionId, setId: set.id },
    select: { id: true, type: true, answerKey: true, points: true, _count: { select: { responses: true } } },
  });
  if (!existing) throw new AppError("NOT_FOUND", "This question does not exist or is not in your set.");
  if (existing.type !== q.type && existing._count.responses > 0)
    throw new AppError(
      "CONFLICT",
      "Students have answered this question, so its type cannot change. Add a new question instead.",
      { type: "Students have answered this question, so its type cannot change." },
    );
  await tx.questionPassage.deleteMany({ where: { questionId: existing.id } });
  await tx.question.update({ where: { id: existing.id }, data: { ...data, passages: { create: passages } } });
  await tx.questionSet.update({ where: { id: set.id }, data: { updatedAt: new Date() } });
  const keyChanged = canonicalJson(existing.answerKey) !== canonicalJson(q.answerKey) || existing.points !== q.points;
  const regraded = keyChanged ? await regradeQuestion(tx, existing.id) : 0;
  return { id: existing.id, regraded };
}
