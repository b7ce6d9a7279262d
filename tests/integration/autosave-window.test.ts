// The autosave decides in SQL whether an attempt is open (prisma/sql/saveResponse.sql, "open"); everything else
// decides in TypeScript (closedReason/timeIsUp on forStudent's window, server/attempts/assignment-window.ts).
// This runs both over one table of windows on the real PostgreSQL and asserts they agree, so a change to one rule
// that is not made to the other fails here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedReason, extensionOf, forStudent, timeIsUp } from "@/server/attempts/assignment-window";
import { runSaveStatement } from "@/server/autosave/save-statement";
import { prismaFor } from "../support/test-db";
import { seedQuiz, type QuizFixture } from "../fixtures/attempts-fixture";

const prisma = prismaFor();
afterAll(() => prisma.$disconnect());

const MIN = 60_000;
const opens = [null, -60 * MIN, 60 * MIN];
const closes = [null, -60 * MIN, -10_000, 5 * MIN, 60 * MIN];
const limits = [null, 0, 30];
// Started 10 min ago; 30 min 15 s ago (a 30-minute limit ran out 15 s ago: inside the grace period); 31 min ago
// (past it); two hours ago.
const started = [-10 * MIN, -30 * MIN - 15_000, -31 * MIN, -120 * MIN];
const extensions = [
  null,
  { closesAt: 60 * MIN, extraMinutes: 0 },
  { closesAt: null, extraMinutes: 20 },
  { closesAt: -60 * MIN, extraMinutes: 0 },
  { closesAt: 5 * MIN, extraMinutes: 5 },
];
const submitted = [null, -MIN];

type Case = {
  opensAt: number | null;
  closesAt: number | null;
  limit: number | null;
  startedAt: number;
  extension: (typeof extensions)[number];
  submittedAt: number | null;
};
const cases: Case[] = [];
for (const o of opens)
  for (const c of closes)
    for (const limit of limits)
      for (const s of started)
        for (const extension of extensions)
          for (const sub of submitted)
            cases.push({ opensAt: o, closesAt: c, limit, startedAt: s, extension, submittedAt: sub });

describe("the autosave's SQL window rule and closedReason/timeIsUp", () => {
  let f: QuizFixture;
  let ids: string[];
  const tag = `win${Date.now().toString(36)}`;
  beforeAll(async () => {
    f = await seedQuiz(prisma, { students: 1 });
    const t0 = Date.now();
    const at = (ms: number | null) => (ms === null ? null : new Date(t0 + ms));
    const student = f.students[0]!.id;
    ids = cases.map((_, i) => `${tag}-${i}`);
    await prisma.assignment.createMany({
      data: cases.map((c, i) => ({
        id: ids[i]!,
        classId: f.cls.id,
        setId: f.set.id,
        title: `Window ${i}`,
        opensAt: at(c.opensAt),
        closesAt: at(c.closesAt),
        timeLimitMinutes: c.limit,
      })),
    });
    await prisma.attempt.createMany({
      data: cases.map((c, i) => ({
        id: ids[i]!,
        assignmentId: ids[i]!,
        studentId: student,
        startedAt: at(c.startedAt)!,
        submittedAt: at(c.submittedAt),
      })),
    });
    await prisma.assignmentExtension.createMany({
      data: cases.flatMap((c, i) =>
        c.extension
          ? [
              {
                assignmentId: ids[i]!,
                studentId: student,
                closesAt: at(c.extension.closesAt),
                extraMinutes: c.extension.extraMinutes,
              },
            ]
          : [],
      ),
    });
  }, 60_000);

  it(`agree on ${cases.length} windows (opens/closes past, future or none; time limits; extensions; grace)`, async () => {
    const student = f.students[0]!.id;
    const questionId = f.questions.SHORT_ANSWER;
    const [{ version }] = await prisma.$queryRaw<
      [{ version: string }]
    >`SELECT "updatedAt"::text AS version FROM "Question" WHERE id = ${questionId}`;
    const assignments = new Map(
      (
        await prisma.assignment.findMany({
          where: { id: { in: ids } },
          select: { id: true, opensAt: true, closesAt: true, timeLimitMinutes: true, extensions: extensionOf(student) },
        })
      ).map((a) => [a.id, forStudent(a)]),
    );
    const attempts = new Map(
      (
        await prisma.attempt.findMany({
          where: { id: { in: ids } },
          select: { id: true, startedAt: true, submittedAt: true },
        })
      ).map((a) => [a.id, a]),
    );
    const tsOpen = (id: string, now: Date) => {
      const w = assignments.get(id)!;
      const a = attempts.get(id)!;
      return !a.submittedAt && !closedReason(w, now) && !timeIsUp(w, a.startedAt, now);
    };
    const disagree: string[] = [];
    let open = 0;
    const check = async (id: string, i: number) => {
      const before = new Date();
      const row = await runSaveStatement(
        { userId: student, sessionVersion: 0, attemptId: id, questionId, version },
        null,
      );
      const after = new Date();
      expect(row, `case ${i}`).toBeDefined();
      // The window the statement used is forStudent's.
      const w = assignments.get(id)!;
      expect(
        { closesAt: row!.closesAt, timeLimitMinutes: row!.timeLimitMinutes, opensAt: row!.opensAt },
        `case ${i}`,
      ).toEqual({ closesAt: w.closesAt, timeLimitMinutes: w.timeLimitMinutes, opensAt: w.opensAt });
      expect(row!.fresh).toBe(true);
      if (tsOpen(id, before) !== tsOpen(id, after)) return; // a boundary passed during the query: either answer is right
      if (row!.open !== tsOpen(id, after))
        disagree.push(`case ${i} ${JSON.stringify(cases[i])}: SQL ${row!.open}, TypeScript ${tsOpen(id, after)}`);
      if (row!.open) open++;
    };
    for (let i = 0; i < ids.length; i += 10) await Promise.all(ids.slice(i, i + 10).map((id, j) => check(id, i + j)));
    expect(disagree).toEqual([]);
    // The table has both outcomes in it, so agreeing is not trivial.
    expect(open).toBeGreaterThan(50);
    expect(open).toBeLessThan(cases.length - 50);
  }, 120_000);

  it("check-only runs write nothing", async () => {
    expect(await prisma.response.count({ where: { attemptId: { in: ids } } })).toBe(0);
  });
});
