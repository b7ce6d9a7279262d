import { afterAll, describe, expect, it } from "vitest";
import { createAssignment, createAssignmentInput } from "@/server/classes/create-assignment";
import { createClass } from "@/server/classes/create-class";
import { joinClass, joinCodeInput } from "@/server/classes/join-class";
import { removeStudent } from "@/server/classes/remove-student";
import { listStudentWork } from "@/server/classes/list-dashboard";
import { startAttempt } from "@/server/attempts/start-attempt";
import { submitAttempt } from "@/server/attempts/submit-attempt";
import { saveResponse } from "@/server/attempts/save-response";
import { prismaFor } from "../support/test-db";
import { seedQuiz } from "./attempts-fixture";

const prisma = prismaFor();
afterAll(() => prisma.$disconnect());

describe("classes", () => {
  it("creates classes with unique readable join codes; students join once, by code, case-insensitively", async () => {
    const f = await seedQuiz(prisma, { students: 1 });
    const codes = await Promise.all(Array.from({ length: 10 }, (_, i) => createClass({ user: f.teacher, input: { name: `C${i}` } })));
    expect(new Set(codes.map((c) => c.joinCode)).size).toBe(10);
    for (const c of codes) expect(c.joinCode).toMatch(/^[A-HJ-KM-NP-Z2-9]{6}$/);
    const s = f.students[0]!;
    await Promise.all(Array.from({ length: 5 }, () => joinClass({ user: s, code: joinCodeInput.parse({ code: ` ${codes[0]!.joinCode.toLowerCase()} ` }).code })));
    expect(await prisma.enrollment.count({ where: { classId: codes[0]!.id, userId: s.id } })).toBe(1);
    await expect(joinClass({ user: s, code: "NOPE99" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(joinClass({ user: f.teacher, code: codes[0]!.joinCode })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createClass({ user: s, input: { name: "Mine" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("only the class's instructor removes students; removal hides the class's work", async () => {
    const f = await seedQuiz(prisma, { students: 2 });
    const [a, b] = f.students as [(typeof f.students)[0], (typeof f.students)[0]];
    const stranger = { ...a, id: b.id, role: "INSTRUCTOR" as const };
    await expect(removeStudent({ user: stranger, classId: f.cls.id, studentId: a.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listStudentWork({ user: a })).todo.map((w) => w.id)).toEqual([f.assignment.id]);
    await removeStudent({ user: f.teacher, classId: f.cls.id, studentId: a.id });
    expect((await listStudentWork({ user: a })).todo).toEqual([]);
    await expect(startAttempt({ user: a, assignmentId: f.assignment.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("sorts a student's work into to do, submitted (awaiting a person) and graded", async () => {
    const f = await seedQuiz(prisma, { students: 1 });
    const s = f.students[0]!;
    const { id } = await startAttempt({ user: s, assignmentId: f.assignment.id });
    await saveResponse({ userId: s.id, attemptId: id, questionId: f.questions.SHORT_ANSWER, answer: { text: "An answer" }, clientSeq: 1 });
    expect((await listStudentWork({ user: s })).todo[0]?.inProgress).toBe(true);
    await submitAttempt({ userId: s.id, attemptId: id });
    expect((await listStudentWork({ user: s })).submitted.map((w) => w.id)).toEqual([f.assignment.id]);
    await prisma.response.updateMany({ where: { attemptId: id }, data: { gradedAt: new Date(), manualScore: 1 } });
    expect((await listStudentWork({ user: s })).graded.map((w) => w.id)).toEqual([f.assignment.id]);
  });
});

describe("assignments", () => {
  const base = { setId: "x", attemptsAllowed: "1", revealAnswers: "AFTER_SUBMIT", shuffleQuestions: false, shuffleChoices: false, peersAfterAnswer: true, anonymous: false };
  it("validates the settings with messages an instructor can act on", () => {
    const bad = createAssignmentInput.safeParse({ ...base, revealAnswers: "AFTER_CLOSE", attemptsAllowed: "0", opensAt: "2030-01-02T00:00:00Z", closesAt: "2030-01-01T00:00:00Z" });
    expect(bad.success).toBe(false);
    const msgs = bad.error!.issues.map((i) => i.message);
    expect(msgs).toContain("Allow at least one attempt.");
    expect(msgs).toContain("The closing time must be after the opening time.");
    const ok = createAssignmentInput.parse({ ...base, timeLimitMinutes: "" });
    expect(ok.timeLimitMinutes).toBeNull();
  });

  it("assigns only the instructor's own sets or built-in ones, to their own classes", async () => {
    const f = await seedQuiz(prisma, { students: 1 });
    const other = await seedQuiz(prisma, { students: 1 });
    const input = createAssignmentInput.parse({ ...base, setId: f.set.id, attemptsAllowed: "2", timeLimitMinutes: "15" });
    const created = await createAssignment({ user: f.teacher, classId: f.cls.id, input });
    const row = await prisma.assignment.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ title: "Every type", attemptsAllowed: 2, timeLimitMinutes: 15, mode: "SELF_PACED" });
    const live = await createAssignment({ user: f.teacher, classId: f.cls.id, input: createAssignmentInput.parse({ ...base, setId: f.set.id, mode: "LIVE" }) });
    expect((await prisma.assignment.findUniqueOrThrow({ where: { id: live.id } })).mode).toBe("LIVE");
    await expect(createAssignment({ user: f.teacher, classId: f.cls.id, input: { ...input, setId: other.set.id } })).rejects.toMatchObject({ code: "INVALID" });
    await expect(createAssignment({ user: f.teacher, classId: other.cls.id, input })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
