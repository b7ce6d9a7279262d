import "server-only";
import { BUILTIN_SETS } from "@/content/question-sets";
import {
  ESSAY_SLUGS,
  resolveBuiltinSet,
  type BuiltinSet,
  type EssaySlug,
  type Ref,
} from "@/content/question-sets/format";
import { parseAnchor } from "@/lib/passages/segment";
import { validateQuestion, type ValidQuestion } from "@/lib/questions/schema";
import type { PrismaClient } from "../generated/prisma/client";
import type { Tx } from "../db";
import { regradeQuestion } from "../attempts/regrade-question";
import { canonicalJson } from "@/lib/json/canonical-json";

type EssayIndex = Map<EssaySlug, { id: string; title: string; passages: Map<string, string> }>;

async function loadEssays(prisma: PrismaClient): Promise<EssayIndex> {
  const rows = await prisma.essay.findMany({
    where: { slug: { in: [...ESSAY_SLUGS] } },
    select: { id: true, slug: true, title: true, passages: { select: { id: true, paragraph: true, sentence: true } } },
  });
  const index: EssayIndex = new Map();
  for (const e of rows)
    index.set(e.slug as EssaySlug, {
      id: e.id,
      title: e.title,
      passages: new Map(e.passages.map((p) => [`${p.paragraph}:${p.sentence}`, p.id])),
    });
  return index;
}

/** The stored form of every question of a set; throws (failing the seed) on a bad anchor or an invalid question. */
function resolveSet(set: BuiltinSet, essays: EssayIndex): ValidQuestion[] {
  const passageId = (r: Ref) => {
    const at = parseAnchor(r.anchor);
    const id = at && essays.get(r.essay)?.passages.get(`${at.paragraph}:${at.sentence}`);
    if (!id)
      throw new Error(
        `Built-in set ${set.key} cites ${r.essay}#${r.anchor}, which does not exist. Seed the essays first and check the anchor.`,
      );
    return id;
  };
  const title = (slug: EssaySlug) => essays.get(slug)?.title ?? slug;
  return resolveBuiltinSet(set, passageId, title).map((q, i) => {
    const v = validateQuestion(q);
    if (!v.ok) throw new Error(`Built-in set ${set.key}, question ${i + 1} is invalid: ${JSON.stringify(v.errors)}`);
    return v.question;
  });
}

const questionData = (q: ValidQuestion) => ({
  type: q.type,
  prompt: q.prompt,
  content: q.content as object,
  answerKey: q.answerKey as object,
  explanation: q.explanation,
  points: q.points,
  rubric: q.rubric ?? null,
});

/**
 * Brings one set in line with its content file. Questions are matched by position and updated in place,
 * so students' responses and discussion posts keep pointing at the same question ids; nothing is
 * written when nothing changed.
 */
async function syncSet(tx: Tx, set: BuiltinSet, questions: ValidQuestion[], essays: EssayIndex) {
  const fields = { title: set.title, description: set.description, builtIn: true, ownerId: null };
  const existing = await tx.questionSet.findUnique({
    where: { builtInKey: set.key },
    include: {
      essays: true,
      questions: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        include: { passages: { orderBy: { position: "asc" } }, _count: { select: { responses: true, posts: true } } },
      },
    },
  });
  const essayIds = set.essays.map((slug) => essays.get(slug)!.id);
  const citations = (q: ValidQuestion) =>
    [...new Set(q.passageIds)].map((passageId, position) => ({ passageId, position }));

  if (!existing) {
    await tx.questionSet.create({
      data: {
        ...fields,
        builtInKey: set.key,
        essays: { create: essayIds.map((essayId) => ({ essayId })) },
        questions: {
          create: questions.map((q, position) => ({
            ...questionData(q),
            position,
            passages: { create: citations(q) },
          })),
        },
      },
    });
    return;
  }

  if (
    existing.title !== fields.title ||
    existing.description !== fields.description ||
    !existing.builtIn ||
    existing.ownerId !== null
  )
    await tx.questionSet.update({ where: { id: existing.id }, data: fields });
  const linked = new Set(existing.essays.map((e) => e.essayId));
  const missing = essayIds.filter((id) => !linked.has(id));
  if (missing.length)
    await tx.questionSetEssay.createMany({ data: missing.map((essayId) => ({ setId: existing.id, essayId })) });
  const extra = [...linked].filter((id) => !essayIds.includes(id));
  if (extra.length) await tx.questionSetEssay.deleteMany({ where: { setId: existing.id, essayId: { in: extra } } });

  for (const [position, q] of questions.entries()) {
    const current = existing.questions[position];
    const data = questionData(q);
    const cites = citations(q);
    if (!current) {
      await tx.question.create({ data: { ...data, setId: existing.id, position, passages: { create: cites } } });
      continue;
    }
    const sameCites =
      canonicalJson(current.passages.map((p) => [p.passageId, p.position])) ===
      canonicalJson(cites.map((c) => [c.passageId, c.position]));
    const keyChanged =
      current.type !== data.type ||
      canonicalJson(current.answerKey) !== canonicalJson(data.answerKey) ||
      current.points !== data.points;
    const same =
      !keyChanged &&
      sameCites &&
      current.position === position &&
      current.prompt === data.prompt &&
      current.explanation === data.explanation &&
      (current.rubric ?? null) === data.rubric &&
      canonicalJson(current.content) === canonicalJson(data.content);
    if (same) continue;
    await tx.question.update({ where: { id: current.id }, data: { ...data, position } });
    if (!sameCites) {
      await tx.questionPassage.deleteMany({ where: { questionId: current.id } });
      await tx.questionPassage.createMany({ data: cites.map((c) => ({ ...c, questionId: current.id })) });
    }
    // A changed key must not leave stale scores behind on answers already given.
    if (keyChanged && current._count.responses > 0) await regradeQuestion(tx, current.id);
  }

  // Questions the content no longer has: removed unless students answered or discussed them (their work is kept).
  const leftover = existing.questions.slice(questions.length);
  const used = (q: (typeof leftover)[number]) => q._count.responses > 0 || q._count.posts > 0;
  const unused = leftover.filter((q) => !used(q)).map((q) => q.id);
  if (unused.length) await tx.question.deleteMany({ where: { id: { in: unused } } });
  for (const [i, q] of leftover.filter(used).entries()) {
    const position = questions.length + i;
    if (q.position !== position) await tx.question.update({ where: { id: q.id }, data: { position } });
  }
}

/** Upserts the built-in question sets (content/question-sets), keyed by QuestionSet.builtInKey. Idempotent. */
export async function seedBuiltinSets(prisma: PrismaClient, sets: readonly BuiltinSet[] = BUILTIN_SETS): Promise<void> {
  const essays = await loadEssays(prisma);
  for (const set of sets) {
    const absent = set.essays.filter((slug) => !essays.has(slug));
    if (absent.length)
      throw new Error(`Built-in set ${set.key} needs essays ${absent.join(", ")}; seed the essays first.`);
    const questions = resolveSet(set, essays);
    await prisma.$transaction((tx) => syncSet(tx, set, questions, essays), { timeout: 30_000 });
  }
}
