import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gradeResponse } from "@/server/attempts/grade-response";
import { regradeQuestion } from "@/server/attempts/regrade-question";
import { saveResponse } from "@/server/autosave/save-response";
import { startAttempt } from "@/server/attempts/start-attempt";
import { submitAttempt } from "@/server/attempts/submit-attempt";
import { getAttemptResult } from "@/server/attempts/get-attempt-result";
import { getQuizForTaking } from "@/server/attempts/get-quiz-for-taking";
import { db } from "@/server/db";
import { endSessions } from "@/server/auth/end-sessions";
import { prismaFor } from "../support/test-db";
import { seedQuiz, type QuizFixture } from "../fixtures/attempts-fixture";

const prisma = prismaFor();
afterAll(() => prisma.$disconnect());

const rejects = (p: Promise<unknown>) => expect(p).rejects;

describe("grading every type through save and submit", () => {
  let f: QuizFixture;
  beforeAll(async () => {
    f = await seedQuiz(prisma);
  });

  it("scores objective answers on save and on submit, leaves manual types for a person", async () => {
    const s = f.students[0]!;
    const { id: attemptId } = await startAttempt({ user: s, assignmentId: f.assignment.id });
    const q = f.questions;
    const answers: [string, unknown][] = [
      [q.SINGLE_CHOICE, { choiceId: "b" }],
      [q.MULTIPLE_SELECT, { choiceIds: ["a", "c"] }], // one right, one wrong of two correct → 0
      [q.TRUE_FALSE, { value: true }],
      [q.SHORT_ANSWER, { text: "It is about influence and power." }],
      [q.CLOZE, { text: "  taliban. " }],
      [q.EVIDENCE, { passageId: f.passages.p2 }],
      [q.ATTRIBUTION, { essaySlug: "other" }],
      [q.ORDERING, { order: ["a", "c", "b"] }], // one of three in place → 1 point of 3
      [
        q.DEBATE,
        { stanceId: "for", text: "Because…", citations: [{ passageId: f.passages.p1 }, { passageId: f.passages.p3 }] },
      ],
    ];
    for (const [questionId, answer] of answers) {
      const r = await saveResponse({ userId: s.id, sessionVersion: 0, attemptId, questionId, answer, clientSeq: 1 });
      expect(r.saved).toBe(true);
    }
    const scores = Object.fromEntries(
      (await prisma.response.findMany({ where: { attemptId }, select: { questionId: true, autoScore: true } })).map(
        (r) => [r.questionId, r.autoScore === null ? null : Math.round(r.autoScore * 1000) / 1000],
      ),
    );
    expect(scores).toEqual({
      [q.SINGLE_CHOICE]: 1,
      [q.MULTIPLE_SELECT]: 0,
      [q.TRUE_FALSE]: 1,
      [q.SHORT_ANSWER]: null,
      [q.CLOZE]: 1,
      [q.EVIDENCE]: 1,
      [q.ATTRIBUTION]: 0,
      [q.ORDERING]: 1,
      [q.DEBATE]: null,
    });
    // Partial credit for multiple select: one right pick of two, no wrong ones.
    await saveResponse({
      userId: s.id,
      sessionVersion: 0,
      attemptId,
      questionId: q.MULTIPLE_SELECT,
      answer: { choiceIds: ["a"] },
      clientSeq: 2,
    });
    const debate = await prisma.response.findFirstOrThrow({
      where: { attemptId, questionId: q.DEBATE },
      select: { stance: true, citations: { select: { passageId: true } } },
    });
    expect(debate.stance).toBe("for");
    expect(debate.citations.map((c) => c.passageId).sort()).toEqual([f.passages.p1, f.passages.p3].sort());

    const sub = await submitAttempt({ userId: s.id, attemptId });
    expect(sub.alreadySubmitted).toBe(false);
    const attempt = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt.score).toBe(1 + 1 + 1 + 1 + 1 + 0 + 1); // ordering: 1 of 3 in place on 3 points is exactly 1
    expect(attempt.maxScore).toBe(17);

    // A person grades the short answer; the total follows.
    const short = await prisma.response.findFirstOrThrow({ where: { attemptId, questionId: q.SHORT_ANSWER } });
    await gradeResponse({
      user: f.teacher,
      input: { responseId: short.id, score: 2.5, feedback: "Good, name the security angle." },
    });
    expect((await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).score).toBeCloseTo(8.5, 4);
    await rejects(
      gradeResponse({ user: f.teacher, input: { responseId: short.id, score: 4, feedback: "" } }),
    ).toMatchObject({ code: "INVALID" });
    // Another instructor cannot grade it.
    const other = { ...f.teacher, id: f.students[1]!.id, role: "INSTRUCTOR" as const };
    await rejects(
      gradeResponse({ user: other, input: { responseId: short.id, score: 1, feedback: "" } }),
    ).toMatchObject({ code: "NOT_FOUND" });

    const result = await getAttemptResult({ user: s, assignmentId: f.assignment.id });
    const shortItem = result.items.find((i) => i.question.id === q.SHORT_ANSWER)!;
    expect(shortItem.score).toBe(2.5);
    expect(shortItem.feedback).toBe("Good, name the security angle.");
    expect(result.revealed).toBe(true);
    expect(result.items.find((i) => i.question.id === q.SINGLE_CHOICE)!.correct).toEqual(["Beta"]);
  });

  it("regrades stored responses when a key changes, keeping manual grades", async () => {
    const s = f.students[0]!;
    const attempt = await prisma.attempt.findFirstOrThrow({
      where: { assignmentId: f.assignment.id, studentId: s.id },
    });
    await prisma.question.update({ where: { id: f.questions.ATTRIBUTION }, data: { answerKey: { correct: "other" } } });
    const n = await db.$transaction((tx) => regradeQuestion(tx, f.questions.ATTRIBUTION));
    expect(n).toBe(1);
    const r = await prisma.response.findFirstOrThrow({
      where: { attemptId: attempt.id, questionId: f.questions.ATTRIBUTION },
    });
    expect(r.autoScore).toBe(1);
    expect((await prisma.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).score).toBeCloseTo(9.5, 4);
  });
});

describe("invalid answers and access", () => {
  let f: QuizFixture;
  let attemptId: string;
  beforeAll(async () => {
    f = await seedQuiz(prisma);
    attemptId = (await startAttempt({ user: f.students[0]!, assignmentId: f.assignment.id })).id;
  });
  const save = (answer: unknown, type: keyof QuizFixture["questions"] = "SINGLE_CHOICE", userId = f.students[0]!.id) =>
    saveResponse({ userId, sessionVersion: 0, attemptId, questionId: f.questions[type], answer, clientSeq: 1 });

  it("rejects wrong shapes, unknown choices and oversized text with clear messages, writing nothing", async () => {
    await rejects(save({ value: true })).toMatchObject({
      code: "INVALID",
      message: expect.stringMatching(/not in the form/),
    });
    await rejects(save({ choiceId: "zzz" })).toMatchObject({
      code: "INVALID",
      message: "That choice is not one of this question's options.",
    });
    await rejects(save({ text: "x".repeat(10_001) }, "SHORT_ANSWER")).toMatchObject({
      code: "INVALID",
      message: expect.stringMatching(/too long/),
    });
    // A citation outside the assigned essays rolls back the whole save.
    const foreign = await prisma.passage.findFirstOrThrow({ where: { essay: { slug: "russia-taliban-engagement" } } });
    await rejects(save({ stanceId: "for", text: "x", citations: [{ passageId: foreign.id }] }, "DEBATE")).toMatchObject(
      { code: "INVALID" },
    );
    expect(await prisma.response.count({ where: { attemptId } })).toBe(0);
  });

  it("never lets another student read or write the attempt; unenrolled students see nothing", async () => {
    const other = f.students[1]!;
    await rejects(save({ choiceId: "a" }, "SINGLE_CHOICE", other.id)).toMatchObject({ code: "NOT_FOUND" });
    await rejects(submitAttempt({ userId: other.id, attemptId })).toMatchObject({ code: "NOT_FOUND" });
    await prisma.enrollment.deleteMany({ where: { userId: other.id } });
    await rejects(getQuizForTaking({ user: other, assignmentId: f.assignment.id })).toMatchObject({
      code: "NOT_FOUND",
    });
    await rejects(startAttempt({ user: other, assignmentId: f.assignment.id })).toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps keys and explanations out of what the take page sends", async () => {
    const quiz = await getQuizForTaking({ user: f.students[0]!, assignmentId: f.assignment.id });
    const json = JSON.stringify(quiz);
    expect(json).not.toMatch(/Because SINGLE_CHOICE|modelAnswer|answerKey|Mentions influence|"correct"/);
  });

  it("refuses answers when the assignment is closed or not yet open, and after the time limit", async () => {
    await prisma.assignment.update({ where: { id: f.assignment.id }, data: { closesAt: new Date(Date.now() - 1000) } });
    await rejects(save({ choiceId: "a" })).toMatchObject({
      code: "CLOSED",
      message: expect.stringMatching(/has closed/),
    });
    await prisma.assignment.update({
      where: { id: f.assignment.id },
      data: { closesAt: null, opensAt: new Date(Date.now() + 3600_000) },
    });
    await rejects(save({ choiceId: "a" })).toMatchObject({
      code: "CLOSED",
      message: expect.stringMatching(/opens on/),
    });
    await prisma.assignment.update({ where: { id: f.assignment.id }, data: { opensAt: null, timeLimitMinutes: 1 } });
    await prisma.attempt.update({ where: { id: attemptId }, data: { startedAt: new Date(Date.now() - 5 * 60_000) } });
    await rejects(save({ choiceId: "a" })).toMatchObject({
      code: "CLOSED",
      message: expect.stringMatching(/Time is up/),
    });
    await prisma.attempt.update({ where: { id: attemptId }, data: { startedAt: new Date() } });
    expect((await save({ choiceId: "a" })).saved).toBe(true);
  });
});

describe("the autosave's question cache", () => {
  let f: QuizFixture;
  let attemptId: string;
  beforeAll(async () => {
    f = await seedQuiz(prisma);
    attemptId = (await startAttempt({ user: f.students[0]!, assignmentId: f.assignment.id })).id;
  });
  const score = async () =>
    (await prisma.response.findFirstOrThrow({ where: { attemptId, questionId: f.questions.SINGLE_CHOICE } })).autoScore;

  it("grades against a key edited after the question was cached", async () => {
    const s = f.students[0]!;
    await saveResponse({
      userId: s.id,
      sessionVersion: 0,
      attemptId,
      questionId: f.questions.SINGLE_CHOICE,
      answer: { choiceId: "b" },
      clientSeq: 1,
    });
    expect(await score()).toBe(1);
    await prisma.question.update({ where: { id: f.questions.SINGLE_CHOICE }, data: { answerKey: { correct: "a" } } });
    const r = await saveResponse({
      userId: s.id,
      sessionVersion: 0,
      attemptId,
      questionId: f.questions.SINGLE_CHOICE,
      answer: { choiceId: "b" },
      clientSeq: 2,
    });
    expect(r).toMatchObject({ saved: true, clientSeq: 2 });
    expect(await score()).toBe(0);
  });

  it("accepts a choice or a stance added after the question was cached", async () => {
    const s = f.students[0]!;
    const choice = await prisma.question.findUniqueOrThrow({ where: { id: f.questions.SINGLE_CHOICE } });
    const content = choice.content as { choices: { id: string; text: string }[] };
    await prisma.question.update({
      where: { id: choice.id },
      data: { content: { ...content, choices: [...content.choices, { id: "new", text: "A choice added later" }] } },
    });
    expect(
      await saveResponse({
        userId: s.id,
        sessionVersion: 0,
        attemptId,
        questionId: choice.id,
        answer: { choiceId: "new" },
        clientSeq: 3,
      }),
    ).toMatchObject({ saved: true });

    await saveResponse({
      userId: s.id,
      sessionVersion: 0,
      attemptId,
      questionId: f.questions.DEBATE,
      answer: { stanceId: "for", text: "First", citations: [] },
      clientSeq: 1,
    });
    const debate = await prisma.question.findUniqueOrThrow({ where: { id: f.questions.DEBATE } });
    const d = debate.content as { stances: { id: string; text: string }[] };
    await prisma.question.update({
      where: { id: debate.id },
      data: { content: { ...d, stances: [...d.stances, { id: "neutral", text: "Neither" }] } },
    });
    expect(
      await saveResponse({
        userId: s.id,
        sessionVersion: 0,
        attemptId,
        questionId: debate.id,
        answer: { stanceId: "neutral", text: "Second", citations: [] },
        clientSeq: 2,
      }),
    ).toMatchObject({ saved: true });
    expect((await prisma.response.findFirstOrThrow({ where: { attemptId, questionId: debate.id } })).stance).toBe(
      "neutral",
    );
  });

  it("tells only a student who may answer the question what is wrong with an answer", async () => {
    const outsider = f.students[1]!; // enrolled, but this is not their attempt
    await rejects(
      saveResponse({
        userId: outsider.id,
        sessionVersion: 0,
        attemptId,
        questionId: f.questions.SINGLE_CHOICE,
        answer: { choiceId: "zzz" },
        clientSeq: 9,
      }),
    ).toMatchObject({ code: "NOT_FOUND" });
    await rejects(
      saveResponse({
        userId: f.students[0]!.id,
        sessionVersion: 0,
        attemptId,
        questionId: f.questions.SINGLE_CHOICE,
        answer: { choiceId: "zzz" },
        clientSeq: 9,
      }),
    ).toMatchObject({ code: "INVALID" });
  });
});

describe("a session signed out since refuses the save", () => {
  it("writes nothing for a stale session version, on a real attempt and on a missing one", async () => {
    const f = await seedQuiz(prisma, { students: 1 });
    const s = f.students[0]!;
    const { id: attemptId } = await startAttempt({ user: s, assignmentId: f.assignment.id });
    const save = (sessionVersion: number, clientSeq: number, where = attemptId) =>
      saveResponse({
        userId: s.id,
        sessionVersion,
        attemptId: where,
        questionId: f.questions.SINGLE_CHOICE,
        answer: { choiceId: "b" },
        clientSeq,
      });
    expect(await save(0, 1)).toMatchObject({ saved: true, clientSeq: 1 });
    await endSessions(s.id); // sign-out: the token's version 0 is no longer the user's
    await rejects(save(0, 2)).toMatchObject({ code: "UNAUTHENTICATED" });
    await rejects(save(0, 3, "no-such-attempt")).toMatchObject({ code: "UNAUTHENTICATED" });
    await rejects(save(1, 4, "no-such-attempt")).toMatchObject({ code: "NOT_FOUND" });
    const stored = await prisma.response.findFirstOrThrow({
      where: { attemptId, questionId: f.questions.SINGLE_CHOICE },
    });
    expect(stored.clientSeq).toBe(1);
    expect(await save(1, 5)).toMatchObject({ saved: true, clientSeq: 5 }); // the new session saves
  });
});

describe("exactly once under concurrency", () => {
  it("20 parallel starts give one attempt; 20 parallel first saves give one response", async () => {
    const f = await seedQuiz(prisma, { students: 1 });
    const s = f.students[0]!;
    const starts = await Promise.all(
      Array.from({ length: 20 }, () => startAttempt({ user: s, assignmentId: f.assignment.id })),
    );
    expect(new Set(starts.map((x) => x.id)).size).toBe(1);
    expect(starts.filter((x) => x.created)).toHaveLength(1);
    expect(await prisma.attempt.count({ where: { assignmentId: f.assignment.id } })).toBe(1);
    const attemptId = starts[0]!.id;
    const saves = await Promise.all(
      Array.from({ length: 20 }, () =>
        saveResponse({
          userId: s.id,
          sessionVersion: 0,
          attemptId,
          questionId: f.questions.CLOZE,
          answer: { text: "Taliban" },
          clientSeq: 1,
        }),
      ),
    );
    expect(saves.filter((x) => x.saved)).toHaveLength(1);
    expect(new Set(saves.map((x) => x.responseId)).size).toBe(1);
    expect(await prisma.response.count({ where: { attemptId } })).toBe(1);
  });

  it("out-of-order clientSeq keeps the newest answer", async () => {
    const f = await seedQuiz(prisma, { students: 1 });
    const s = f.students[0]!;
    const { id: attemptId } = await startAttempt({ user: s, assignmentId: f.assignment.id });
    const seqs = Array.from({ length: 30 }, (_, i) => i + 1).sort(() => Math.random() - 0.5);
    await Promise.all(
      seqs.map((n) =>
        saveResponse({
          userId: s.id,
          sessionVersion: 0,
          attemptId,
          questionId: f.questions.CLOZE,
          answer: { text: `word ${n}` },
          clientSeq: n,
        }),
      ),
    );
    const r = await prisma.response.findFirstOrThrow({ where: { attemptId } });
    expect(r.clientSeq).toBe(30);
    expect(r.answer).toEqual({ text: "word 30" });
    const late = await saveResponse({
      userId: s.id,
      sessionVersion: 0,
      attemptId,
      questionId: f.questions.CLOZE,
      answer: { text: "stale" },
      clientSeq: 3,
    });
    expect(late).toMatchObject({ saved: false, clientSeq: 30 });
  });

  it("20 parallel submits give one submission and the same answer to every caller", async () => {
    const f = await seedQuiz(prisma, { students: 1 });
    const s = f.students[0]!;
    const { id: attemptId } = await startAttempt({ user: s, assignmentId: f.assignment.id });
    await saveResponse({
      userId: s.id,
      sessionVersion: 0,
      attemptId,
      questionId: f.questions.TRUE_FALSE,
      answer: { value: true },
      clientSeq: 1,
    });
    const subs = await Promise.all(Array.from({ length: 20 }, () => submitAttempt({ userId: s.id, attemptId })));
    expect(subs.filter((x) => !x.alreadySubmitted)).toHaveLength(1);
    expect(new Set(subs.map((x) => x.submittedAt.toISOString())).size).toBe(1);
    // A save racing in after the submit is refused; a second attempt is not made behind the student's back.
    await rejects(
      saveResponse({
        userId: s.id,
        sessionVersion: 0,
        attemptId,
        questionId: f.questions.TRUE_FALSE,
        answer: { value: false },
        clientSeq: 2,
      }),
    ).toMatchObject({ code: "CLOSED" });
    expect((await startAttempt({ user: s, assignmentId: f.assignment.id })).id).toBe(attemptId);
    await rejects(startAttempt({ user: s, assignmentId: f.assignment.id, another: true })).toMatchObject({
      code: "CONFLICT",
    });
    expect((await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).score).toBe(1);
  });

  it("saves and a submit racing each other: every acknowledged save is in the submission, every later one is refused", async () => {
    const f = await seedQuiz(prisma, { students: 1 });
    const s = f.students[0]!;
    const { id: attemptId } = await startAttempt({ user: s, assignmentId: f.assignment.id });
    const saves = Array.from({ length: 20 }, (_, i) =>
      saveResponse({
        userId: s.id,
        sessionVersion: 0,
        attemptId,
        questionId: f.questions.CLOZE,
        answer: { text: `w${i + 1}` },
        clientSeq: i + 1,
      }).then(
        (r) => ({ seq: i + 1, ok: r.saved }),
        (e) => ({ seq: i + 1, ok: false, code: e.code as string }),
      ),
    );
    const [results] = await Promise.all([Promise.all(saves), submitAttempt({ userId: s.id, attemptId })]);
    for (const r of results) if (!r.ok && "code" in r) expect(r.code).toBe("CLOSED");
    const acked = results.filter((r) => r.ok).map((r) => r.seq);
    const row = await prisma.response.findFirst({ where: { attemptId } });
    expect(row?.clientSeq ?? 0).toBe(acked.length ? Math.max(...acked) : 0);
    expect(await prisma.attempt.count({ where: { assignmentId: f.assignment.id, submittedAt: { not: null } } })).toBe(
      1,
    );
  });
});
