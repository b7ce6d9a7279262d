// Server functions of the question-set editor against the real database: ownership in every query,
// validation on the server, nothing half-written, and regrading when a key or the points change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "@/server/auth/session";
import { createSet } from "@/server/question-sets/create-set";
import { deleteQuestion } from "@/server/question-sets/delete-question";
import { deleteSet } from "@/server/question-sets/delete-set";
import { duplicateSet } from "@/server/question-sets/duplicate-set";
import { getSet } from "@/server/question-sets/get-set";
import { listSets } from "@/server/question-sets/list-sets";
import { moveQuestion } from "@/server/question-sets/move-question";
import { saveQuestion } from "@/server/question-sets/save-question";
import { updateSet } from "@/server/question-sets/update-set";
import { uniqueEmail } from "../factories";
import { prismaFor } from "../support/test-db";

const prisma = prismaFor();
let alice: SessionUser;
let bob: SessionUser;
let moscow: { id: string; slug: string; title: string };
let russia: { id: string; slug: string; title: string };
let p: { s1: string; s2: string; s3: string; para2: string; other: string };

async function instructor(name: string): Promise<SessionUser> {
  const u = await prisma.user.create({
    data: { email: uniqueEmail("qs"), name, passwordHash: "x", role: "INSTRUCTOR" },
  });
  return { id: u.id, role: "INSTRUCTOR", name: u.name, email: u.email };
}
const passage = async (essayId: string, paragraph: number, sentence: number) =>
  (await prisma.passage.findUniqueOrThrow({ where: { essayId_paragraph_sentence: { essayId, paragraph, sentence } } }))
    .id;
async function rejects(p: Promise<unknown>, code: string) {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e, `expected AppError ${code}`).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
  return e as AppError;
}
const single = (passageIds: string[], correct = "a", points = 1) => ({
  type: "SINGLE_CHOICE",
  prompt: "What does the recognition shatter?",
  content: {
    choices: [
      { id: "a", text: "A lifeline" },
      { id: "b", text: "A treaty" },
    ],
  },
  answerKey: { correct },
  explanation: "See ¶1.",
  points,
  passageIds,
});

beforeAll(async () => {
  alice = await instructor("Alice");
  bob = await instructor("Bob");
  moscow = await prisma.essay.findUniqueOrThrow({
    where: { slug: "moscows-geopolitical-gamble" },
    select: { id: true, slug: true, title: true },
  });
  russia = await prisma.essay.findUniqueOrThrow({
    where: { slug: "russia-taliban-engagement" },
    select: { id: true, slug: true, title: true },
  });
  p = {
    s1: await passage(moscow.id, 1, 1),
    s2: await passage(moscow.id, 2, 1),
    s3: await passage(moscow.id, 2, 2),
    para2: await passage(moscow.id, 2, 0),
    other: await passage(russia.id, 1, 1),
  };
});
afterAll(async () => {
  await prisma.$disconnect();
});

describe("sets", () => {
  it("creates a set only from essays the instructor can read", async () => {
    const bobsEssay = await prisma.essay.create({
      data: { slug: `bob-${Date.now()}`, title: "Bob's import", body: "One. Two.", ownerId: bob.id },
    });
    await rejects(createSet({ user: alice, input: { title: "T", essayIds: [bobsEssay.id] } }), "INVALID");
    const e = await rejects(createSet({ user: alice, input: { title: " ", essayIds: [] } }), "INVALID");
    expect(e.fieldErrors).toMatchObject({
      title: "Give the set a title.",
      essayIds: expect.stringContaining("at least one essay"),
    });
    const set = await createSet({ user: alice, input: { title: "Mine", essayIds: [moscow.id] } });
    expect((await listSets({ user: alice })).map((s) => s.id)).toContain(set.id);
    expect((await listSets({ user: bob })).map((s) => s.id)).not.toContain(set.id);
  });

  it("keeps every set of one instructor away from another (reads and writes)", async () => {
    const set = await createSet({ user: alice, input: { title: "Private", essayIds: [moscow.id] } });
    const q = await saveQuestion({ user: alice, setId: set.id, input: single([p.s1]) });
    await expect(getSet({ user: bob, setId: set.id })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
    await rejects(saveQuestion({ user: bob, setId: set.id, input: single([p.s1]) }), "NOT_FOUND");
    await rejects(
      saveQuestion({ user: bob, setId: set.id, questionId: q.id, input: single([p.s1], "b") }),
      "NOT_FOUND",
    );
    await rejects(
      updateSet({ user: bob, setId: set.id, input: { title: "Mine now", essayIds: [moscow.id] } }),
      "NOT_FOUND",
    );
    await rejects(moveQuestion({ user: bob, setId: set.id, questionId: q.id, direction: "down" }), "NOT_FOUND");
    await rejects(deleteQuestion({ user: bob, setId: set.id, questionId: q.id }), "NOT_FOUND");
    await rejects(duplicateSet({ user: bob, setId: set.id }), "NOT_FOUND");
    await rejects(deleteSet({ user: bob, setId: set.id }), "NOT_FOUND");
    // A question id of another set cannot be edited through one's own set either.
    const bobs = await createSet({ user: bob, input: { title: "Bob's", essayIds: [moscow.id] } });
    await rejects(
      saveQuestion({ user: bob, setId: bobs.id, questionId: q.id, input: single([p.s1], "b") }),
      "NOT_FOUND",
    );
    const stored = await prisma.question.findUniqueOrThrow({ where: { id: q.id } });
    expect(stored.answerKey).toEqual({ correct: "a" });
    expect((await prisma.questionSet.findUniqueOrThrow({ where: { id: set.id } })).title).toBe("Private");
  });

  it("treats built-in sets as read-only but lets anyone duplicate them with questions and citations", async () => {
    const builtIn = await prisma.questionSet.create({
      data: {
        title: "Built-in",
        builtIn: true,
        builtInKey: `test-${Date.now()}`,
        essays: { create: [{ essayId: moscow.id }] },
      },
    });
    await prisma.question.create({
      data: {
        setId: builtIn.id,
        position: 0,
        type: "TRUE_FALSE",
        prompt: "True?",
        content: {},
        answerKey: { correct: true },
        passages: { create: [{ passageId: p.s1 }] },
      },
    });
    await rejects(saveQuestion({ user: alice, setId: builtIn.id, input: single([p.s1]) }), "NOT_FOUND");
    await rejects(deleteSet({ user: alice, setId: builtIn.id }), "NOT_FOUND");
    expect((await getSet({ user: alice, setId: builtIn.id })).editable).toBe(false);
    const copy = await duplicateSet({ user: alice, setId: builtIn.id });
    const got = await getSet({ user: alice, setId: copy.id });
    expect(got).toMatchObject({ title: "Copy of Built-in", editable: true, builtIn: false });
    expect(got.questions).toHaveLength(1);
    expect(got.questions[0]!.passageIds).toEqual([p.s1]);
  });

  it("counts a shared built-in set's assignments and answers only in the caller's own classes", async () => {
    const builtIn = await prisma.questionSet.create({
      data: {
        title: "Shared built-in",
        builtIn: true,
        builtInKey: `shared-${Date.now()}`,
        essays: { create: [{ essayId: moscow.id }] },
        questions: {
          create: [{ position: 0, type: "TRUE_FALSE", prompt: "True?", content: {}, answerKey: { correct: true } }],
        },
      },
      include: { questions: true },
    });
    const student = await prisma.user.create({
      data: { email: uniqueEmail("qs-student"), name: "Sam", passwordHash: "x", role: "STUDENT" },
    });
    const bobsClass = await prisma.class.create({
      data: { name: "Bob's class", joinCode: `B${Date.now().toString(36)}`.slice(0, 12), instructorId: bob.id },
    });
    await prisma.assignment.create({
      data: {
        classId: bobsClass.id,
        setId: builtIn.id,
        title: "Bob's quiz",
        attempts: {
          create: [
            {
              studentId: student.id,
              submittedAt: new Date(),
              responses: { create: [{ questionId: builtIn.questions[0]!.id, answer: { value: true }, autoScore: 1 }] },
            },
          ],
        },
      },
    });
    const listed = async (user: SessionUser) => (await listSets({ user })).find((s) => s.id === builtIn.id)!;
    expect((await listed(bob)).assignments).toBe(1);
    expect((await getSet({ user: bob, setId: builtIn.id })).questions[0]!.responses).toBe(1);
    // Alice teaches no class using it: no "Assigned" badge, no "1 answers" from Bob's class.
    expect((await listed(alice)).assignments).toBe(0);
    expect((await getSet({ user: alice, setId: builtIn.id })).questions[0]!.responses).toBe(0);
  });

  it("refuses to drop an essay that questions still cite, and refuses to delete an assigned set", async () => {
    const set = await createSet({ user: alice, input: { title: "Two essays", essayIds: [moscow.id, russia.id] } });
    await saveQuestion({ user: alice, setId: set.id, input: single([p.other]) });
    const e = await rejects(
      updateSet({ user: alice, setId: set.id, input: { title: "Two essays", essayIds: [moscow.id] } }),
      "CONFLICT",
    );
    expect(e.fieldErrors?.essayIds).toContain(russia.title);
    expect(await prisma.questionSetEssay.count({ where: { setId: set.id } })).toBe(2);
    const cls = await prisma.class.create({
      data: { name: "C", joinCode: `J${Date.now().toString(36)}`.slice(0, 12), instructorId: alice.id },
    });
    await prisma.assignment.create({ data: { classId: cls.id, setId: set.id, title: "A" } });
    await rejects(deleteSet({ user: alice, setId: set.id }), "CONFLICT");
    expect(await prisma.questionSet.count({ where: { id: set.id } })).toBe(1);
  });
});

describe("questions", () => {
  it("validates on the server with the shared contract and writes nothing on failure", async () => {
    const set = await createSet({ user: alice, input: { title: "Validation", essayIds: [moscow.id] } });
    const e = await rejects(
      saveQuestion({ user: alice, setId: set.id, input: { ...single([]), passageIds: [] } }),
      "INVALID",
    );
    expect(e.fieldErrors).toEqual({ passageIds: "Cite at least one passage the question is drawn from." });
    const e2 = await rejects(saveQuestion({ user: alice, setId: set.id, input: single([p.s1], "zzz") }), "INVALID");
    expect(e2.fieldErrors).toEqual({ "answerKey.correct": "Mark which choice is correct." });
    // A passage of an essay outside the set, or one that does not exist: refused before anything is written.
    await rejects(saveQuestion({ user: alice, setId: set.id, input: single([p.s1, p.other]) }), "INVALID");
    await rejects(saveQuestion({ user: alice, setId: set.id, input: single([p.s1, "no-such-passage"]) }), "INVALID");
    expect(await prisma.question.count({ where: { setId: set.id } })).toBe(0);
    expect(await prisma.questionPassage.count({ where: { question: { setId: set.id } } })).toBe(0);
  });

  it("rolls back the question when its citations cannot be written (one transaction)", async () => {
    const set = await createSet({ user: alice, input: { title: "Atomic", essayIds: [moscow.id] } });
    const q = await saveQuestion({ user: alice, setId: set.id, input: single([p.s1]) });
    // Edit that changes the prompt and citations but whose evidence option is foreign: nothing of it lands.
    await rejects(
      saveQuestion({
        user: alice,
        setId: set.id,
        questionId: q.id,
        input: {
          type: "EVIDENCE",
          prompt: "New",
          content: { claim: "c", options: [p.s2, p.other] },
          answerKey: { correct: [p.s2] },
          passageIds: [p.s3],
        },
      }),
      "INVALID",
    );
    const stored = await prisma.question.findUniqueOrThrow({ where: { id: q.id }, include: { passages: true } });
    expect(stored.prompt).toBe("What does the recognition shatter?");
    expect(stored.passages.map((x) => x.passageId)).toEqual([p.s1]);
  });

  it("stores each type's content and citations in order; ordering items are stored out of order", async () => {
    const set = await createSet({ user: alice, input: { title: "Types", essayIds: [moscow.id, russia.id] } });
    const items = ["first", "second", "third", "fourth"].map((t, i) => ({ id: `i${i}`, text: t }));
    const ord = await saveQuestion({
      user: alice,
      setId: set.id,
      input: {
        type: "ORDERING",
        prompt: "Order these",
        content: { items },
        answerKey: { order: items.map((i) => i.id) },
        passageIds: [p.s3, p.s1],
      },
    });
    const attr = await saveQuestion({
      user: alice,
      setId: set.id,
      input: {
        type: "ATTRIBUTION",
        prompt: "Who?",
        content: {
          statement: "s",
          essays: [
            { slug: moscow.slug, title: "forged title" },
            { slug: russia.slug, title: "x" },
          ],
        },
        answerKey: { correct: moscow.slug },
        passageIds: [p.para2],
      },
    });
    const got = await getSet({ user: alice, setId: set.id });
    const o = got.questions.find((q) => q.id === ord.id)!;
    expect(o.passageIds).toEqual([p.s3, p.s1]);
    expect((o.answerKey as { order: string[] }).order).toEqual(["i0", "i1", "i2", "i3"]);
    expect((o.content as { items: { id: string }[] }).items.map((i) => i.id)).not.toEqual(["i0", "i1", "i2", "i3"]);
    const a = got.questions.find((q) => q.id === attr.id)!;
    expect((a.content as { essays: { title: string }[] }).essays[0]!.title).toBe(moscow.title);
  });

  it("moves questions up and down and renumbers after a delete", async () => {
    const set = await createSet({ user: alice, input: { title: "Order", essayIds: [moscow.id] } });
    const ids = [];
    for (let i = 0; i < 3; i++)
      ids.push((await saveQuestion({ user: alice, setId: set.id, input: { ...single([p.s1]), prompt: `Q${i}` } })).id);
    expect(await moveQuestion({ user: alice, setId: set.id, questionId: ids[2]!, direction: "up" })).toEqual([
      ids[0],
      ids[2],
      ids[1],
    ]);
    expect(await moveQuestion({ user: alice, setId: set.id, questionId: ids[0]!, direction: "up" })).toEqual([
      ids[0],
      ids[2],
      ids[1],
    ]);
    await deleteQuestion({ user: alice, setId: set.id, questionId: ids[2]! });
    const rows = await prisma.question.findMany({
      where: { setId: set.id },
      orderBy: { position: "asc" },
      select: { id: true, position: true },
    });
    expect(rows).toEqual([
      { id: ids[0], position: 0 },
      { id: ids[1], position: 1 },
    ]);
  });

  it("regrades stored responses in the same transaction when the key or points change, and keeps answered questions", async () => {
    const student = await prisma.user.create({
      data: { email: uniqueEmail("st"), name: "S", passwordHash: "x", role: "STUDENT" },
    });
    const set = await createSet({ user: alice, input: { title: "Regrade", essayIds: [moscow.id] } });
    const q = await saveQuestion({ user: alice, setId: set.id, input: single([p.s1], "a") });
    const cls = await prisma.class.create({
      data: { name: "C", joinCode: `R${Date.now().toString(36)}`.slice(0, 12), instructorId: alice.id },
    });
    const asg = await prisma.assignment.create({ data: { classId: cls.id, setId: set.id, title: "A" } });
    const attempt = await prisma.attempt.create({
      data: { assignmentId: asg.id, studentId: student.id, submittedAt: new Date(), score: 0, maxScore: 1 },
    });
    const resp = await prisma.response.create({
      data: { attemptId: attempt.id, questionId: q.id, answer: { choiceId: "b" }, autoScore: 0 },
    });

    // A change of wording only: nothing to regrade.
    expect(
      (
        await saveQuestion({
          user: alice,
          setId: set.id,
          questionId: q.id,
          input: { ...single([p.s1], "a"), prompt: "Reworded?" },
        })
      ).regraded,
    ).toBe(0);
    // The key changes to "b" and the question is worth 3: the stored answer now earns 3 points.
    expect(
      (await saveQuestion({ user: alice, setId: set.id, questionId: q.id, input: single([p.s1], "b", 3) })).regraded,
    ).toBe(1);
    expect((await prisma.response.findUniqueOrThrow({ where: { id: resp.id } })).autoScore).toBe(3);
    expect(await prisma.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).toMatchObject({
      score: 3,
      maxScore: 3,
    });

    // Answered questions cannot change type or be deleted (students' answers would go with them).
    await rejects(
      saveQuestion({
        user: alice,
        setId: set.id,
        questionId: q.id,
        input: { ...single([p.s1]), type: "TRUE_FALSE", content: {}, answerKey: { correct: true } },
      }),
      "CONFLICT",
    );
    await rejects(deleteQuestion({ user: alice, setId: set.id, questionId: q.id }), "CONFLICT");
    expect(await prisma.response.count({ where: { id: resp.id } })).toBe(1);
  });
});
