// "Where attention went" on the server (issue 20): the tracker's batches (who may send them, clamping to the clock,
// a resent batch counted once, nothing stored with tracking off or from another origin), the report's aggregate
// and the student's own record. The clamping rule itself is unit-tested in lib/attention.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/attention/[assignmentId]/route";
import { BATCH_SLACK_MS } from "@/lib/attention/clamp-batch";
import { getMyReadingRecord } from "@/server/attention/get-my-reading-record";
import { getReadingAttention } from "@/server/attention/get-reading-attention";
import { readingBatchInput } from "@/server/attention/reading-batch-input";
import { recordReadingBatch } from "@/server/attention/record-reading-batch";
import { setReadingTracking } from "@/server/attention/set-reading-tracking";
import type { SessionUser } from "@/server/auth/session";
import { parseInput } from "@/server/http/route-handler";
import { uniqueEmail } from "../factories";
import { prismaFor } from "../support/test-db";

const prisma = prismaFor();
afterAll(() => prisma.$disconnect());

const mk = async (role: SessionUser["role"], name: string): Promise<SessionUser> => {
  const u = await prisma.user.create({
    data: { email: uniqueEmail(role.toLowerCase()), name, passwordHash: "x", role },
    select: { id: true, name: true, email: true, role: true },
  });
  return u;
};

async function seed() {
  const teacher = await mk("INSTRUCTOR", "Teacher");
  const other = await mk("INSTRUCTOR", "Other teacher");
  const [ada, ben, cy, outsider] = [
    await mk("STUDENT", "Ada"),
    await mk("STUDENT", "Ben"),
    await mk("STUDENT", "Cy"),
    await mk("STUDENT", "Outsider"),
  ];
  const cls = await prisma.class.create({
    data: {
      name: "Attention",
      joinCode: `A${Math.random().toString(36).slice(2, 11)}`.toUpperCase(),
      instructorId: teacher.id,
    },
  });
  for (const s of [ada, ben, cy]) await prisma.enrollment.create({ data: { classId: cls.id, userId: s.id } });
  const essay = await prisma.essay.findUniqueOrThrow({
    where: { slug: "moscows-geopolitical-gamble" },
    select: { id: true },
  });
  const otherEssay = await prisma.essay.findFirstOrThrow({
    where: { builtIn: true, id: { not: essay.id } },
    select: { id: true },
  });
  const paragraphs = await prisma.passage.findMany({
    where: { essayId: essay.id, sentence: 0 },
    orderBy: { paragraph: "asc" },
    select: { id: true, paragraph: true },
  });
  const sentence2 = await prisma.passage.findFirstOrThrow({ where: { essayId: essay.id, paragraph: 2, sentence: 1 } });
  const set = await prisma.questionSet.create({
    data: { title: "Attention set", ownerId: teacher.id, essays: { create: [{ essayId: essay.id }] } },
  });
  const tracked = await prisma.assignment.create({
    data: { classId: cls.id, setId: set.id, title: "Tracked", trackReading: true },
  });
  const untracked = await prisma.assignment.create({ data: { classId: cls.id, setId: set.id, title: "Untracked" } });
  return { teacher, other, ada, ben, cy, outsider, essay, otherEssay, paragraphs, sentence2, tracked, untracked };
}

describe("reading attention", () => {
  let f: Awaited<ReturnType<typeof seed>>;
  beforeAll(async () => {
    f = await seed();
  });
  const p = (n: number) => f.paragraphs[n - 1]!.id;
  const batch = (
    user: SessionUser,
    seq: number,
    ms: Record<string, number>,
    o: { assignmentId?: string; clientId?: string } = {},
  ) =>
    recordReadingBatch({
      user,
      assignmentId: o.assignmentId ?? f.tracked.id,
      input: { essayId: f.essay.id, clientId: o.clientId ?? "tab-one-0001", seq, ms },
    });
  const stored = async (studentId: string) => ({
    visits: await prisma.readingVisit.count({ where: { studentId } }),
    times: await prisma.readingTime.findMany({ where: { studentId }, select: { passageId: true, ms: true } }),
  });
  const msOf = async (studentId: string, passageId: string) =>
    (await prisma.readingTime.findFirst({ where: { studentId, passageId, assignmentId: f.tracked.id } }))?.ms ?? 0;
  /** Moves the visit's clock back: as if the last batch was `ago` ms ago and the reading opened an hour ago. */
  const age = (studentId: string, ago: number) =>
    prisma.readingVisit.updateMany({
      where: { studentId, assignmentId: f.tracked.id },
      data: { lastBatchAt: new Date(Date.now() - ago), firstOpenedAt: new Date(Date.now() - 3_600_000) },
    });

  it("refuses a student who is not enrolled, and an instructor, and stores nothing", async () => {
    await expect(batch(f.outsider, 0, {})).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(batch(f.teacher, 0, {})).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await stored(f.outsider.id)).toEqual({ visits: 0, times: [] });
    expect(await prisma.readingVisit.count({ where: { assignmentId: f.tracked.id } })).toBe(0);
  });

  it("stores nothing when the instructor has not turned tracking on", async () => {
    await expect(batch(f.ada, 0, { [p(1)]: 5_000 }, { assignmentId: f.untracked.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await prisma.readingVisit.count({ where: { assignmentId: f.untracked.id } })).toBe(0);
    expect(await prisma.readingTime.count({ where: { assignmentId: f.untracked.id } })).toBe(0);
  });

  it("refuses paragraphs that are not the essay's, an essay that is not the assignment's, and negative times", async () => {
    await expect(batch(f.ada, 0, { [f.sentence2.id]: 1_000 })).rejects.toMatchObject({ code: "INVALID" });
    await expect(batch(f.ada, 0, { "no-such-paragraph": 1_000 })).rejects.toMatchObject({ code: "INVALID" });
    await expect(
      recordReadingBatch({
        user: f.ada,
        assignmentId: f.tracked.id,
        input: { essayId: f.otherEssay.id, clientId: "tab-one-0001", seq: 0, ms: {} },
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(() =>
      parseInput(readingBatchInput, { essayId: f.essay.id, clientId: "tab-one-0001", seq: 1, ms: { [p(1)]: -5 } }),
    ).toThrow(/cannot be negative/);
    expect(await stored(f.ada.id)).toEqual({ visits: 0, times: [] });
  });

  it("opens the visit with the first batch, which counts no more than the slack", async () => {
    expect(await batch(f.ada, 0, {})).toEqual({ counted: true, ms: 0 });
    const r = await batch(f.ada, 1, { [p(1)]: 60_000 });
    expect(r.counted).toBe(true);
    // The slack plus the few milliseconds since the opening batch, far from the 60 s claimed.
    expect(await msOf(f.ada.id, p(1))).toBeLessThanOrEqual(BATCH_SLACK_MS + 1_000);
    const visit = await prisma.readingVisit.findFirstOrThrow({ where: { studentId: f.ada.id } });
    expect(visit.reachedEndAt).toBeNull();
  });

  it("clamps a batch to the time since the previous one plus slack, however much it claims", async () => {
    await age(f.ada.id, 10_000);
    const before = await msOf(f.ada.id, p(1));
    await batch(f.ada, 2, { [p(1)]: 3_600_000, [p(2)]: 4_000 });
    const added = (await msOf(f.ada.id, p(1))) - before;
    expect(added).toBeGreaterThanOrEqual(10_000);
    expect(added).toBeLessThanOrEqual(10_000 + BATCH_SLACK_MS + 1_000);
    expect(await msOf(f.ada.id, p(2))).toBe(4_000);
  });

  it("counts a resent batch once, also when both copies arrive at the same time", async () => {
    await age(f.ada.id, 15_000);
    expect((await batch(f.ada, 3, { [p(2)]: 5_000 })).counted).toBe(true);
    await age(f.ada.id, 15_000);
    expect(await batch(f.ada, 3, { [p(2)]: 5_000 })).toEqual({ counted: false, ms: 0 });
    expect(await msOf(f.ada.id, p(2))).toBe(9_000);
    await age(f.ada.id, 15_000);
    const both = await Promise.all([batch(f.ada, 4, { [p(2)]: 1_000 }), batch(f.ada, 4, { [p(2)]: 1_000 })]);
    expect(both.filter((b) => b.counted)).toHaveLength(1);
    expect(await msOf(f.ada.id, p(2))).toBe(10_000);
    // A new page load (another clientId) starts its own numbering.
    await age(f.ada.id, 15_000);
    expect((await batch(f.ada, 0, { [p(2)]: 1_000 }, { clientId: "tab-two-0002" })).counted).toBe(true);
    expect(await msOf(f.ada.id, p(2))).toBe(11_000);
  });

  it("records reaching the end when time is counted on the last paragraph", async () => {
    await age(f.ada.id, 15_000);
    await batch(f.ada, 1, { [p(f.paragraphs.length)]: 3_000 }, { clientId: "tab-two-0002" });
    const visit = await prisma.readingVisit.findFirstOrThrow({ where: { studentId: f.ada.id } });
    expect(visit.reachedEndAt).not.toBeNull();
  });

  it("refuses a batch from another origin before reading it, and stores nothing", async () => {
    const before = await stored(f.cy.id);
    const res = await POST(
      new Request(`http://app.test/api/attention/${f.tracked.id}`, {
        method: "POST",
        headers: { origin: "http://evil.test", host: "app.test", "content-type": "application/json" },
        body: JSON.stringify({ essayId: f.essay.id, clientId: "tab-evil-0001", seq: 0, ms: { [p(1)]: 1_000 } }),
      }),
      { params: Promise.resolve({ assignmentId: f.tracked.id }) },
    );
    expect(res.status).toBe(403);
    expect((await res.json()).error).toMatch(/another site/);
    expect(await stored(f.cy.id)).toEqual(before);
  });

  it("aggregates per paragraph for the owner only, with annotations, confused flags and who never opened it", async () => {
    // Ben reads ¶1 for 6 s; Cy never opens it. Ben flags ¶2 as confusing; the teacher's own note does not count.
    await batch(f.ben, 0, {});
    await age(f.ben.id, 15_000);
    await batch(f.ben, 1, { [p(1)]: 6_000 });
    const note = (authorId: string, kind: "QUESTION" | "COMMENT") =>
      prisma.annotation.create({
        data: {
          assignmentId: f.tracked.id,
          essayId: f.essay.id,
          authorId,
          kind,
          start: f.sentence2.start,
          end: f.sentence2.end,
          exact: f.sentence2.text,
          prefix: "",
          suffix: "",
          passageIds: [f.sentence2.id],
        },
      });
    await note(f.ben.id, "QUESTION");
    await note(f.ada.id, "COMMENT");
    await note(f.teacher.id, "COMMENT");

    const r = await getReadingAttention({ user: f.teacher, assignmentId: f.tracked.id });
    expect(r.tracking).toBe(true);
    const ada1 = await msOf(f.ada.id, p(1));
    expect(r.paragraphs[p(1)]).toMatchObject({ totalMs: ada1 + 6_000, medianMs: (ada1 + 6_000) / 2, readers: 2 });
    expect(r.paragraphs[p(2)]).toMatchObject({
      totalMs: 11_000,
      medianMs: 5_500,
      readers: 1,
      annotations: 2,
      confused: 1,
    });
    expect(r.essays).toEqual([{ essayId: f.essay.id, opened: 2, reachedEnd: 1 }]);
    expect(r.neverOpened).toEqual([{ id: f.cy.id, name: "Cy" }]);

    await expect(getReadingAttention({ user: f.other, assignmentId: f.tracked.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getReadingAttention({ user: f.ada, assignmentId: f.tracked.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("shows a student their own record and nothing of classmates'", async () => {
    const mine = await getMyReadingRecord({ user: f.ben, assignmentId: f.tracked.id });
    expect(mine.essays).toHaveLength(1);
    const paras = mine.essays[0]!.paragraphs;
    expect(paras.find((x) => x.id === p(1))!.ms).toBe(6_000);
    expect(paras.filter((x) => x.ms > 0)).toHaveLength(1); // Ada's time on ¶2 is not Ben's
    expect(mine.essays[0]!.reachedEndAt).toBeNull();
    expect((await getMyReadingRecord({ user: f.cy, assignmentId: f.tracked.id })).essays).toEqual([]);
    await expect(getMyReadingRecord({ user: f.teacher, assignmentId: f.tracked.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getMyReadingRecord({ user: f.outsider, assignmentId: f.tracked.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("lets only the owner turn tracking on or off", async () => {
    await expect(setReadingTracking({ user: f.other, assignmentId: f.untracked.id, on: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(setReadingTracking({ user: f.ada, assignmentId: f.untracked.id, on: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await prisma.assignment.findUniqueOrThrow({ where: { id: f.untracked.id } })).trackReading).toBe(false);
    await setReadingTracking({ user: f.teacher, assignmentId: f.tracked.id, on: false });
    await expect(batch(f.ben, 2, { [p(1)]: 1_000 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await msOf(f.ben.id, p(1))).toBe(6_000);
  });
});
