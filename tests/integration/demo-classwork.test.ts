// The demo class's reading check reads like a real class's report: its answers come from a Rasch model
// (prisma/demo/demo-ability.ts), so the quiz is reliable (alpha above 0.7) and most questions discriminate
// positively. With random answers the same report said alpha 40 % "Unsatisfactory" and "Very weak" everywhere.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoClasswork } from "@/prisma/demo/demo-classwork";
import type { SessionUser } from "@/server/auth/session";
import { getAssignmentReport } from "@/server/analytics/get-assignment-report";
import { uniqueEmail } from "../factories";
import { prismaFor } from "../support/test-db";

const prisma = prismaFor();
let teacher: SessionUser;
let assignmentId: string;

beforeAll(async () => {
  const t = await prisma.user.create({
    data: { email: uniqueEmail("demo-t"), name: "Demo teacher", passwordHash: "x", role: "INSTRUCTOR" },
  });
  teacher = { id: t.id, role: "INSTRUCTOR", name: t.name, email: t.email };
  const cls = await prisma.class.create({
    data: { name: "Demo copy", joinCode: `D${Date.now().toString(36)}${process.pid}`.slice(0, 12), instructorId: t.id },
  });
  const named = [];
  for (const name of ["Ana", "Ben", "Chen"]) {
    const u = await prisma.user.create({
      data: { email: uniqueEmail("demo-s"), name, passwordHash: "x", role: "STUDENT" },
    });
    await prisma.enrollment.create({ data: { classId: cls.id, userId: u.id } });
    named.push(u.id);
  }
  await seedDemoClasswork(prisma, { classId: cls.id, teacherId: t.id, passwordHash: "x", namedStudentIds: named });
  assignmentId = (
    await prisma.assignment.findFirstOrThrow({ where: { classId: cls.id, title: { startsWith: "Reading check" } } })
  ).id;
}, 60_000);
afterAll(() => prisma.$disconnect());

describe("the demo reading check", () => {
  it("is a reliable quiz whose questions mostly discriminate positively, with a few answers left to grade", async () => {
    const r = await getAssignmentReport({ user: teacher, assignmentId });
    expect(r.overview.submitted).toBe(23);
    expect(r.test.cic).toBeGreaterThan(70);
    const ds = r.questions.map((q) => q.stats.discriminationIndex).filter((d): d is number => d !== null);
    expect(ds.length).toBeGreaterThanOrEqual(15);
    expect(ds.filter((d) => d > 0).length / ds.length).toBeGreaterThanOrEqual(0.8);
    // facilities spread from easy to hard, not all in the middle
    const fs = r.questions.map((q) => q.stats.facility ?? 0.5);
    expect(Math.max(...fs) - Math.min(...fs)).toBeGreaterThan(0.4);
    // the grading queue still has work in it
    expect(r.overview.ungradedResponses).toBeGreaterThan(0);
  });
});
