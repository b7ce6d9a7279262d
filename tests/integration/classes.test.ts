import { afterAll, describe, expect, it } from "vitest";
import { createAssignment } from "@/server/assignments/create-assignment";
import { createAssignmentInput, updateAssignmentInput } from "@/server/assignments/assignment-settings-input";
import { deleteAssignment } from "@/server/assignments/delete-assignment";
import { getAssignmentForEdit } from "@/server/assignments/get-assignment-for-edit";
import { setAssignmentOpen } from "@/server/assignments/set-assignment-open";
import { updateAssignment } from "@/server/assignments/update-assignment";
import { clearExtension } from "@/server/assignments/clear-extension";
import { extensionInput, setExtension } from "@/server/assignments/set-extension";
import { getStudentAssignment } from "@/server/attempts/get-student-assignment";
import { getAttemptResult } from "@/server/attempts/get-attempt-result";
import { createClass } from "@/server/classes/create-class";
import { joinClass, joinCodeInput } from "@/server/classes/join-class";
import { removeStudent } from "@/server/classes/remove-student";
import { listStudentWork } from "@/server/classes/list-student-work";
import { startAttempt } from "@/server/attempts/start-attempt";
import { submitAttempt } from "@/server/attempts/submit-attempt";
import { saveResponse } from "@/server/autosave/save-response";
import { prismaFor } from "../support/test-db";
import { seedQuiz } from "../fixtures/attempts-fixture";

const prisma = prismaFor();
afterAll(() => prisma.$disconnect());

describe("classes", () => {
  it("creates classes with unique readable join codes; students join once, by code, case-insensitively", async () => {
    const f = await seedQuiz(prisma, { students: 1 });
    const codes = await Promise.all(
      Array.from({ length: 10 }, (_, i) => createClass({ user: f.teacher, input: { name: `C${i}` } })),
    );
    expect(new Set(codes.map((c) => c.joinCode)).size).toBe(10);
    for (const c of codes) expect(c.joinCode).toMatch(/^[A-HJ-KM-NP-Z2-9]{6}$/);
    const s = f.students[0]!;
    await Promise.all(
      Array.from({ length: 5 }, () =>
        joinClass({
          user: s,
          code: joinCodeInput.parse({ code: ` ${codes[0]!.joinCode.toLowerCase()} ` }).code,
          clientAddress: "192.0.2.1",
        }),
      ),
    );
    expect(await prisma.enrollment.count({ where: { classId: codes[0]!.id, userId: s.id } })).toBe(1);
    await expect(joinClass({ user: s, code: "NOPE99", clientAddress: "192.0.2.1" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      joinClass({ user: f.teacher, code: codes[0]!.joinCode, clientAddress: "192.0.2.1" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createClass({ user: s, input: { name: "Mine" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("only the class's instructor removes students; removal hides the class's work", async () => {
    const f = await seedQuiz(prisma, { students: 2 });
    const [a, b] = f.students as [(typeof f.students)[0], (typeof f.students)[0]];
    const stranger = { ...a, id: b.id, role: "INSTRUCTOR" as const };
    await expect(removeStudent({ user: stranger, classId: f.cls.id, studentId: a.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await listStudentWork({ user: a })).todo.map((w) => w.id)).toEqual([f.assignment.id]);
    await removeStudent({ user: f.teacher, classId: f.cls.id, studentId: a.id });
    expect((await listStudentWork({ user: a })).todo).toEqual([]);
    await expect(startAttempt({ user: a, assignmentId: f.assignment.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("sorts a student's work into to do, submitted (awaiting a person) and graded", async () => {
    const f = await seedQuiz(prisma, { students: 1 });
    const s = f.students[0]!;
    const { id } = await startAttempt({ user: s, assignmentId: f.assignment.id });
    await saveResponse({
      userId: s.id,
      sessionVersion: 0,
      attemptId: id,
      questionId: f.questions.SHORT_ANSWER,
      answer: { text: "An answer" },
      clientSeq: 1,
    });
    expect((await listStudentWork({ user: s })).todo[0]?.inProgress).toBe(true);
    await submitAttempt({ userId: s.id, attemptId: id });
    expect((await listStudentWork({ user: s })).submitted.map((w) => w.id)).toEqual([f.assignment.id]);
    await prisma.response.updateMany({ where: { attemptId: id }, data: { gradedAt: new Date(), manualScore: 1 } });
    expect((await listStudentWork({ user: s })).graded.map((w) => w.id)).toEqual([f.assignment.id]);
  });
});

describe("assignments", () => {
  const base = {
    setId: "x",
    attemptsAllowed: "1",
    revealAnswers: "AFTER_SUBMIT",
    shuffleQuestions: false,
    shuffleChoices: false,
    peersAfterAnswer: true,
    anonymous: false,
  };
  it("validates the settings with messages an instructor can act on", () => {
    const bad = createAssignmentInput.safeParse({
      ...base,
      revealAnswers: "AFTER_CLOSE",
      attemptsAllowed: "0",
      opensAt: "2030-01-02T00:00:00Z",
      closesAt: "2030-01-01T00:00:00Z",
    });
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
    const input = createAssignmentInput.parse({
      ...base,
      setId: f.set.id,
      attemptsAllowed: "2",
      timeLimitMinutes: "15",
    });
    const created = await createAssignment({ user: f.teacher, classId: f.cls.id, input });
    const row = await prisma.assignment.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ title: "Every type", attemptsAllowed: 2, timeLimitMinutes: 15, mode: "SELF_PACED" });
    const live = await createAssignment({
      user: f.teacher,
      classId: f.cls.id,
      input: createAssignmentInput.parse({ ...base, setId: f.set.id, mode: "LIVE" }),
    });
    expect((await prisma.assignment.findUniqueOrThrow({ where: { id: live.id } })).mode).toBe("LIVE");
    await expect(
      createAssignment({ user: f.teacher, classId: f.cls.id, input: { ...input, setId: other.set.id } }),
    ).rejects.toMatchObject({ code: "INVALID" });
    await expect(createAssignment({ user: f.teacher, classId: other.cls.id, input })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("the owner changes an assignment's settings; closing it refuses answers at once, reopening accepts them", async () => {
    const f = await seedQuiz(prisma, { students: 1 });
    const other = await seedQuiz(prisma, { students: 1 });
    const s = f.students[0]!;
    const { id: attemptId } = await startAttempt({ user: s, assignmentId: f.assignment.id });
    const save = (seq: number) =>
      saveResponse({
        userId: s.id,
        sessionVersion: 0,
        attemptId,
        questionId: f.questions.SHORT_ANSWER,
        answer: { text: `v${seq}` },
        clientSeq: seq,
      });
    await save(1);
    const settings = {
      attemptsAllowed: "3",
      revealAnswers: "NEVER",
      shuffleQuestions: true,
      shuffleChoices: false,
      peersAfterAnswer: false,
      anonymous: true,
    };

    // Another instructor or a student: not found, nothing changed.
    const before = await prisma.assignment.findUniqueOrThrow({ where: { id: f.assignment.id } });
    const closeNow = updateAssignmentInput.parse({
      ...settings,
      title: "Renamed",
      closesAt: new Date(Date.now() - 60_000).toISOString(),
    });
    await expect(
      updateAssignment({ user: other.teacher, assignmentId: f.assignment.id, input: closeNow }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateAssignment({ user: s, assignmentId: f.assignment.id, input: closeNow })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await prisma.assignment.findUniqueOrThrow({ where: { id: f.assignment.id } })).toEqual(before);

    await updateAssignment({ user: f.teacher, assignmentId: f.assignment.id, input: closeNow });
    expect(await prisma.assignment.findUniqueOrThrow({ where: { id: f.assignment.id } })).toMatchObject({
      title: "Renamed",
      attemptsAllowed: 3,
      revealAnswers: "NEVER",
      shuffleQuestions: true,
      peersAfterAnswer: false,
      anonymous: true,
      mode: before.mode,
      setId: before.setId,
    });
    await expect(save(2)).rejects.toMatchObject({ code: "CLOSED" });

    // Extending the deadline reopens it; an empty title falls back to the set's.
    await updateAssignment({
      user: f.teacher,
      assignmentId: f.assignment.id,
      input: updateAssignmentInput.parse({
        ...settings,
        title: "",
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      }),
    });
    expect((await prisma.assignment.findUniqueOrThrow({ where: { id: f.assignment.id } })).title).toBe("Every type");
    expect(await save(3)).toMatchObject({ saved: true });

    // The same rules as creating: a closing time before the opening time is refused with a message.
    const bad = updateAssignmentInput.safeParse({
      ...settings,
      opensAt: "2030-01-02T00:00:00Z",
      closesAt: "2030-01-01T00:00:00Z",
    });
    expect(bad.error?.issues.map((i) => i.message)).toContain("The closing time must be after the opening time.");
  });

  it("deleting an assignment takes its attempts, answers and posts with it, for its owner only", async () => {
    const f = await seedQuiz(prisma, { students: 2 });
    const other = await seedQuiz(prisma, { students: 1 });
    for (const s of f.students) {
      const { id } = await startAttempt({ user: s, assignmentId: f.assignment.id });
      await saveResponse({
        userId: s.id,
        sessionVersion: 0,
        attemptId: id,
        questionId: f.questions.SHORT_ANSWER,
        answer: { text: "mine" },
        clientSeq: 1,
      });
    }
    await prisma.post.create({
      data: {
        assignmentId: f.assignment.id,
        questionId: f.questions.SHORT_ANSWER,
        authorId: f.students[0]!.id,
        body: "A post",
      },
    });
    expect((await getAssignmentForEdit({ user: f.teacher, assignmentId: f.assignment.id })).studentsWithWork).toBe(2);
    await expect(deleteAssignment({ user: other.teacher, assignmentId: f.assignment.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(deleteAssignment({ user: f.students[0]!, assignmentId: f.assignment.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await prisma.attempt.count({ where: { assignmentId: f.assignment.id } })).toBe(2);

    expect(await deleteAssignment({ user: f.teacher, assignmentId: f.assignment.id })).toEqual({ classId: f.cls.id });
    expect(await prisma.assignment.count({ where: { id: f.assignment.id } })).toBe(0);
    expect(await prisma.attempt.count({ where: { assignmentId: f.assignment.id } })).toBe(0);
    expect(await prisma.response.count({ where: { attempt: { assignmentId: f.assignment.id } } })).toBe(0);
    expect(await prisma.post.count({ where: { assignmentId: f.assignment.id } })).toBe(0);
    // The set and the class stay.
    expect(await prisma.questionSet.count({ where: { id: f.set.id } })).toBe(1);
    expect(await prisma.class.count({ where: { id: f.cls.id } })).toBe(1);
  });

  it("close now and reopen: only the owner; reopening keeps a reveal-after-closing assignment closed with a message", async () => {
    const f = await seedQuiz(prisma, { students: 1 });
    const other = await seedQuiz(prisma, { students: 1 });
    const row = () => prisma.assignment.findUniqueOrThrow({ where: { id: f.assignment.id } });
    await expect(
      setAssignmentOpen({ user: other.teacher, assignmentId: f.assignment.id, open: false }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await row()).closesAt).toBeNull();
    await setAssignmentOpen({ user: f.teacher, assignmentId: f.assignment.id, open: false });
    const closedAt = (await row()).closesAt!;
    expect(Math.abs(closedAt.getTime() - Date.now())).toBeLessThan(60_000);
    await setAssignmentOpen({ user: f.teacher, assignmentId: f.assignment.id, open: false }); // already closed: unchanged
    expect((await row()).closesAt).toEqual(closedAt);
    await setAssignmentOpen({ user: f.teacher, assignmentId: f.assignment.id, open: true });
    expect((await row()).closesAt).toBeNull();

    // Not yet open: "open now" keeps the deadline.
    const later = new Date(Date.now() + 86_400_000);
    await prisma.assignment.update({
      where: { id: f.assignment.id },
      data: { opensAt: new Date(Date.now() + 3_600_000), closesAt: later },
    });
    await setAssignmentOpen({ user: f.teacher, assignmentId: f.assignment.id, open: true });
    expect(await row()).toMatchObject({ opensAt: null, closesAt: later });

    // Closed, answers shown after closing: reopening without a deadline is refused and changes nothing.
    await prisma.assignment.update({
      where: { id: f.assignment.id },
      data: { revealAnswers: "AFTER_CLOSE", closesAt: new Date(Date.now() - 1000) },
    });
    const before = await row();
    await expect(
      setAssignmentOpen({ user: f.teacher, assignmentId: f.assignment.id, open: true }),
    ).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining("set a new one in Edit settings") });
    expect(await row()).toEqual(before);
  });
});

describe("extensions", () => {
  const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
  it("one student answers after the class deadline on their own; the others are refused", async () => {
    const f = await seedQuiz(prisma, { students: 2 });
    const [a, b] = f.students as [(typeof f.students)[0], (typeof f.students)[0]];
    const ids = {
      a: (await startAttempt({ user: a, assignmentId: f.assignment.id })).id,
      b: (await startAttempt({ user: b, assignmentId: f.assignment.id })).id,
    };
    const save = (u: typeof a, attemptId: string, seq: number) =>
      saveResponse({
        userId: u.id,
        sessionVersion: 0,
        attemptId,
        questionId: f.questions.SHORT_ANSWER,
        answer: { text: `v${seq}` },
        clientSeq: seq,
      });
    await prisma.assignment.update({ where: { id: f.assignment.id }, data: { closesAt: minutesAgo(1) } });
    const own = new Date(Date.now() + 3_600_000);
    await setExtension({
      user: f.teacher,
      assignmentId: f.assignment.id,
      studentId: a.id,
      input: extensionInput.parse({ closesAt: own.toISOString() }),
    });

    expect(await save(a, ids.a, 1)).toMatchObject({ saved: true });
    await expect(save(b, ids.b, 1)).rejects.toMatchObject({ code: "CLOSED" });
    expect(await getStudentAssignment({ user: a, assignmentId: f.assignment.id })).toMatchObject({
      closesAt: own,
      extension: { closesAt: own, extraMinutes: 0 },
    });
    expect((await getStudentAssignment({ user: b, assignmentId: f.assignment.id })).extension).toBeNull();
    expect((await listStudentWork({ user: a })).todo[0]).toMatchObject({ id: f.assignment.id, closed: false });
    // The dashboard sorts by the student's own deadline: another assignment due before it comes first for A.
    const sooner = await prisma.assignment.create({
      data: { classId: f.cls.id, setId: f.set.id, title: "Sooner", closesAt: new Date(Date.now() + 600_000) },
    });
    expect((await listStudentWork({ user: a })).todo.map((w) => w.id)).toEqual([sooner.id, f.assignment.id]);
    expect((await listStudentWork({ user: b })).todo.map((w) => w.id)).toEqual([f.assignment.id, sooner.id]);
    expect((await listStudentWork({ user: b })).todo[0]).toMatchObject({ id: f.assignment.id, closed: true });

    // Taken away: the class's window applies again, at once.
    await clearExtension({ user: f.teacher, assignmentId: f.assignment.id, studentId: a.id });
    await expect(save(a, ids.a, 2)).rejects.toMatchObject({ code: "CLOSED" });
  });

  it("extra minutes lengthen one student's time limit", async () => {
    const f = await seedQuiz(prisma, { students: 2, assignment: { timeLimitMinutes: 10 } });
    const [a, b] = f.students as [(typeof f.students)[0], (typeof f.students)[0]];
    const ids = {
      a: (await startAttempt({ user: a, assignmentId: f.assignment.id })).id,
      b: (await startAttempt({ user: b, assignmentId: f.assignment.id })).id,
    };
    await prisma.attempt.updateMany({ where: { id: { in: [ids.a, ids.b] } }, data: { startedAt: minutesAgo(20) } });
    await setExtension({
      user: f.teacher,
      assignmentId: f.assignment.id,
      studentId: a.id,
      input: extensionInput.parse({ extraMinutes: "15" }),
    });
    const save = (u: typeof a, attemptId: string) =>
      saveResponse({
        userId: u.id,
        sessionVersion: 0,
        attemptId,
        questionId: f.questions.TRUE_FALSE,
        answer: { value: true },
        clientSeq: 1,
      });
    expect(await save(a, ids.a)).toMatchObject({ saved: true });
    await expect(save(b, ids.b)).rejects.toMatchObject({
      code: "CLOSED",
      message: expect.stringContaining("Time is up"),
    });
    expect((await getStudentAssignment({ user: a, assignmentId: f.assignment.id })).timeLimitMinutes).toBe(25);
  });

  it("answers shown after closing wait until every extension has closed", async () => {
    const f = await seedQuiz(prisma, {
      students: 2,
      assignment: { revealAnswers: "AFTER_CLOSE", closesAt: new Date(Date.now() + 60_000) },
    });
    const [a, b] = f.students as [(typeof f.students)[0], (typeof f.students)[0]];
    for (const s of [a, b])
      await submitAttempt({
        userId: s.id,
        attemptId: (await startAttempt({ user: s, assignmentId: f.assignment.id })).id,
      });
    await setExtension({
      user: f.teacher,
      assignmentId: f.assignment.id,
      studentId: a.id,
      input: extensionInput.parse({ closesAt: new Date(Date.now() + 3_600_000).toISOString() }),
    });
    await prisma.assignment.update({ where: { id: f.assignment.id }, data: { closesAt: minutesAgo(1) } });
    expect((await getAttemptResult({ user: b, assignmentId: f.assignment.id })).revealed).toBe(false);
    await clearExtension({ user: f.teacher, assignmentId: f.assignment.id, studentId: a.id });
    expect((await getAttemptResult({ user: b, assignmentId: f.assignment.id })).revealed).toBe(true);
  });

  it("an extra attempt lets one student start again; the others have used theirs", async () => {
    const f = await seedQuiz(prisma, { students: 2 });
    const [a, b] = f.students as [(typeof f.students)[0], (typeof f.students)[0]];
    for (const s of [a, b])
      await submitAttempt({
        userId: s.id,
        attemptId: (await startAttempt({ user: s, assignmentId: f.assignment.id })).id,
      });
    await setExtension({
      user: f.teacher,
      assignmentId: f.assignment.id,
      studentId: a.id,
      input: extensionInput.parse({ extraAttempts: "1" }),
    });
    expect((await getAttemptResult({ user: a, assignmentId: f.assignment.id })).canRetake).toBe(true);
    expect((await getAttemptResult({ user: b, assignmentId: f.assignment.id })).canRetake).toBe(false);
    expect(await startAttempt({ user: a, assignmentId: f.assignment.id, another: true })).toMatchObject({
      number: 2,
      created: true,
    });
    await expect(startAttempt({ user: b, assignmentId: f.assignment.id, another: true })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("only the class's instructor, only for its students, and only something that changes a window", async () => {
    const f = await seedQuiz(prisma, { students: 1 });
    const other = await seedQuiz(prisma, { students: 1 });
    const s = f.students[0]!;
    const later = extensionInput.parse({ closesAt: new Date(Date.now() + 3_600_000).toISOString() });
    await expect(
      setExtension({ user: other.teacher, assignmentId: f.assignment.id, studentId: s.id, input: later }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      setExtension({ user: s, assignmentId: f.assignment.id, studentId: s.id, input: later }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      setExtension({ user: f.teacher, assignmentId: f.assignment.id, studentId: other.students[0]!.id, input: later }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "That student is not in this class." });
    await expect(
      setExtension({
        user: f.teacher,
        assignmentId: f.assignment.id,
        studentId: s.id,
        input: extensionInput.parse({}),
      }),
    ).rejects.toMatchObject({ code: "INVALID" });
    await expect(
      setExtension({
        user: f.teacher,
        assignmentId: f.assignment.id,
        studentId: s.id,
        input: extensionInput.parse({ extraMinutes: "10" }),
      }),
    ).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining("no time limit") });
    expect(extensionInput.safeParse({ extraMinutes: "-5" }).error?.issues[0]?.message).toBe(
      "Extra minutes cannot be negative.",
    );
    expect(await prisma.assignmentExtension.count({ where: { assignmentId: f.assignment.id } })).toBe(0);
  });
});
