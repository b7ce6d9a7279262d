// The seeded built-in sets in the real database, and what a re-seed does to a set students have used.
import { afterAll, describe, expect, it } from "vitest";
import { BUILTIN_SETS } from "@/content/question-sets";
import type { BuiltinSet } from "@/content/question-sets/format";
import { validateQuestion } from "@/lib/questions/schema";
import { seedBuiltinSets } from "@/server/question-sets/seed-builtin-sets";
import { uniqueEmail } from "../factories";
import { prismaFor } from "../support/test-db";

const prisma = prismaFor();
afterAll(() => prisma.$disconnect());

const loadSets = () =>
  prisma.questionSet.findMany({
    where: { builtInKey: { in: BUILTIN_SETS.map((s) => s.key) } },
    orderBy: { builtInKey: "asc" },
    include: {
      essays: { include: { essay: { select: { slug: true } } } },
      questions: {
        orderBy: { position: "asc" },
        include: {
          passages: {
            orderBy: { position: "asc" },
            include: { passage: { include: { essay: { select: { slug: true } } } } },
          },
        },
      },
    },
  });

describe("seeded built-in question sets", () => {
  it("are stored as built-in, ownerless sets whose questions are valid and cite their essays' passages", async () => {
    await seedBuiltinSets(prisma); // the test database is seeded already; this also proves a re-run is harmless
    const sets = await loadSets();
    expect(sets).toHaveLength(BUILTIN_SETS.length);
    for (const set of sets) {
      const source = BUILTIN_SETS.find((s) => s.key === set.builtInKey)!;
      expect(set).toMatchObject({ builtIn: true, ownerId: null, title: source.title });
      expect(set.essays.map((e) => e.essay.slug).sort()).toEqual([...source.essays].sort());
      expect(set.questions.map((q) => q.position)).toEqual(source.questions.map((_, i) => i));
      for (const [i, q] of set.questions.entries()) {
        expect(q.type).toBe(source.questions[i]!.type);
        expect(q.passages.length).toBeGreaterThanOrEqual(1);
        for (const p of q.passages) expect(source.essays).toContain(p.passage.essay.slug);
        const v = validateQuestion({ ...q, rubric: q.rubric, passageIds: q.passages.map((p) => p.passageId) });
        expect(v.ok, `${set.builtInKey} #${i + 1}: ${JSON.stringify(v)}`).toBe(true);
        expect(q.explanation.length).toBeGreaterThan(20);
      }
    }
  });

  it("cite every paragraph of both essays", async () => {
    const rows = await prisma.$queryRaw<{ slug: string; paragraphs: bigint; cited: bigint }[]>`
      SELECT e."slug",
        (SELECT count(DISTINCT p."paragraph") FROM "Passage" p WHERE p."essayId" = e."id") AS paragraphs,
        (SELECT count(DISTINCT p."paragraph") FROM "Passage" p
           JOIN "QuestionPassage" qp ON qp."passageId" = p."id"
           JOIN "Question" q ON q."id" = qp."questionId"
           JOIN "QuestionSet" s ON s."id" = q."setId"
         WHERE p."essayId" = e."id" AND s."builtIn") AS cited
      FROM "Essay" e WHERE e."builtIn"`;
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(Number(r.cited), r.slug).toBe(Number(r.paragraphs));
  });

  it("writes nothing on a second run", async () => {
    const before = await loadSets();
    await seedBuiltinSets(prisma);
    expect(await loadSets()).toEqual(before);
  });
});

describe("re-seeding a built-in set that students have answered", () => {
  const key = `test:reseed-${Date.now().toString(36)}-${process.pid}`;
  const E = (anchor: string) => ({ essay: "russia-taliban-engagement" as const, anchor });
  const v1: BuiltinSet = {
    key,
    title: "Reseed probe",
    description: "v1",
    essays: ["russia-taliban-engagement"],
    questions: [
      {
        type: "TRUE_FALSE",
        prompt: "Did the Americans pull out?",
        correct: false,
        support: "The Americans pulled out.",
        explanation: "Deliberately wrong key in v1.",
        cites: [E("p1-s5")],
      },
      {
        type: "TRUE_FALSE",
        prompt: "Did NATO follow?",
        correct: true,
        support: "NATO followed.",
        explanation: "p1-s6 says so.",
        cites: [E("p1-s6")],
      },
    ],
  };
  const v2: BuiltinSet = {
    ...v1,
    description: "v2",
    questions: [
      {
        ...v1.questions[0]!,
        correct: true,
        explanation: "Fixed in v2.",
        cites: [E("p1-s5"), E("p1-s4")],
      } as BuiltinSet["questions"][number],
    ],
  };

  afterAll(async () => {
    const set = await prisma.questionSet.findUnique({ where: { builtInKey: key } });
    if (!set) return;
    await prisma.assignment.deleteMany({ where: { setId: set.id } });
    await prisma.questionSet.delete({ where: { id: set.id } });
  });

  it("updates questions in place, keeps responses, re-grades them and drops only unanswered questions", async () => {
    await seedBuiltinSets(prisma, [v1]);
    const set = await prisma.questionSet.findUniqueOrThrow({
      where: { builtInKey: key },
      include: { questions: { orderBy: { position: "asc" } } },
    });
    const [q1, q2] = set.questions;
    const teacher = await prisma.user.create({
      data: { email: uniqueEmail("t"), name: "T", passwordHash: "x", role: "INSTRUCTOR" },
    });
    const student = await prisma.user.create({
      data: { email: uniqueEmail("s"), name: "S", passwordHash: "x", role: "STUDENT" },
    });
    const cls = await prisma.class.create({
      data: {
        name: "Reseed",
        joinCode: `RS${Date.now().toString(36).toUpperCase()}`.slice(0, 12),
        instructorId: teacher.id,
      },
    });
    const assignment = await prisma.assignment.create({ data: { classId: cls.id, setId: set.id, title: "Reseed" } });
    const attempt = await prisma.attempt.create({
      data: { assignmentId: assignment.id, studentId: student.id, submittedAt: new Date(), score: 0, maxScore: 2 },
    });
    const response = await prisma.response.create({
      data: { attemptId: attempt.id, questionId: q1!.id, answer: { value: true }, autoScore: 0 },
    });

    await seedBuiltinSets(prisma, [v2]);

    const after = await prisma.questionSet.findUniqueOrThrow({
      where: { builtInKey: key },
      include: { questions: { include: { passages: { orderBy: { position: "asc" } } } } },
    });
    expect(after.description).toBe("v2");
    expect(after.questions.map((q) => q.id)).toEqual([q1!.id]); // q2 had no answers, so it is gone
    expect(await prisma.question.findUnique({ where: { id: q2!.id } })).toBeNull();
    expect(after.questions[0]!.answerKey).toEqual({ correct: true });
    expect(after.questions[0]!.passages).toHaveLength(2);
    const regraded = await prisma.response.findUniqueOrThrow({ where: { id: response.id } });
    expect(regraded.autoScore).toBe(1);
    expect((await prisma.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).score).toBe(1);

    await prisma.class.delete({ where: { id: cls.id } });
    await prisma.user.deleteMany({ where: { id: { in: [teacher.id, student.id] } } });
  });

  it("refuses a set that cites a passage that does not exist", async () => {
    const bad: BuiltinSet = {
      ...v1,
      key: `${key}-bad`,
      questions: [{ ...v1.questions[1]!, cites: [E("p42-s1")] } as BuiltinSet["questions"][number]],
    };
    await expect(seedBuiltinSets(prisma, [bad])).rejects.toThrow(/p42-s1, which does not exist/);
    expect(await prisma.questionSet.findUnique({ where: { builtInKey: bad.key } })).toBeNull();
  });
});
