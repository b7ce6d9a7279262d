// Guided reading's gate on the server (issue 20): what the take page sends, what an answer opens, that an opening is
// kept, and the instructor's per-student switch. The placement itself is unit-tested in lib/guided-reading.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getQuizForTaking } from "@/server/attempts/get-quiz-for-taking";
import { startAttempt } from "@/server/attempts/start-attempt";
import { submitAttempt } from "@/server/attempts/submit-attempt";
import { saveResponse } from "@/server/autosave/save-response";
import { openGuidedSection } from "@/server/guided-reading/open-guided-section";
import { setGuidedGate } from "@/server/guided-reading/set-guided-gate";
import { BLANK } from "@/lib/questions/passages-while-answering";
import { prismaFor } from "../support/test-db";
import { uniqueEmail } from "../factories";

const prisma = prismaFor();
/** The take page's data for an open attempt. */
async function taking(user: { id: string; role: "STUDENT" | "INSTRUCTOR" }, assignmentId: string) {
  const quiz = await getQuizForTaking({ user: user as Parameters<typeof getQuizForTaking>[0]["user"], assignmentId });
  if (!quiz.attempt) throw new Error("no open attempt");
  return quiz;
}
afterAll(() => prisma.$disconnect());
type Role = "INSTRUCTOR" | "STUDENT";
const mk = async (role: Role, name: string) => {
  const u = await prisma.user.create({
    data: { email: uniqueEmail(role.toLowerCase()), name, passwordHash: "x", role },
    select: { id: true, name: true, email: true, role: true },
  });
  return { ...u, role: u.role as Role };
};

/**
 * A class with a guided quiz on the built-in essay: q1 (short answer) cites ¶1 s1, cloze q2 cites ¶2 s1 with a word
 * of that sentence as its key, q3 (true/false) cites nothing. Sections: [¶1 s1] q1 | [¶1 s2 … ¶2 s1] q2 | [the rest] q3.
 */
async function seed(guided = true) {
  const teacher = await mk("INSTRUCTOR", "Teacher");
  const other = await mk("INSTRUCTOR", "Other teacher");
  const students = [await mk("STUDENT", "Ada"), await mk("STUDENT", "Ben"), await mk("STUDENT", "Outsider")];
  const cls = await prisma.class.create({
    data: {
      name: "Guided",
      joinCode: `G${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`.slice(0, 12).toUpperCase(),
      instructorId: teacher.id,
    },
  });
  for (const s of students.slice(0, 2)) await prisma.enrollment.create({ data: { classId: cls.id, userId: s.id } });
  const essay = await prisma.essay.findUniqueOrThrow({
    where: { slug: "moscows-geopolitical-gamble" },
    select: { id: true },
  });
  const sentences = await prisma.passage.findMany({
    where: { essayId: essay.id, sentence: { gt: 0 } },
    orderBy: [{ paragraph: "asc" }, { sentence: "asc" }],
  });
  const first = sentences[0]!;
  const para2 = sentences.find((s) => s.paragraph === 2 && s.sentence === 1)!;
  const clozeWord = para2.text.match(/\p{L}{6,}/u)![0];
  const set = await prisma.questionSet.create({
    data: { title: "Guided set", ownerId: teacher.id, essays: { create: [{ essayId: essay.id }] } },
  });
  const q = async (i: number, type: string, content: object, answerKey: object, passageIds: string[]) =>
    (
      await prisma.question.create({
        data: {
          setId: set.id,
          position: i,
          type: type as "TRUE_FALSE",
          prompt: `Question ${i + 1}`,
          content,
          answerKey,
          passages: { create: passageIds.map((passageId) => ({ passageId })) },
        },
      })
    ).id;
  // Stored order q3, q2, q1: the guided reading shows them in reading order instead.
  const q3 = await q(0, "TRUE_FALSE", {}, { correct: true }, []);
  const q2 = await q(1, "CLOZE", { before: "Fill", after: "in." }, { accepted: [clozeWord], caseSensitive: false }, [
    para2.id,
  ]);
  const q1 = await q(2, "SHORT_ANSWER", {}, { modelAnswer: "Zq9xk", keywords: [] }, [first.id]);
  const assignment = await prisma.assignment.create({
    data: { classId: cls.id, setId: set.id, title: "Guided quiz", guidedReading: guided },
  });
  return { teacher, other, students, assignment, q1, q2, q3, first, para2, clozeWord, sentences };
}

describe("guided reading on the server", () => {
  let f: Awaited<ReturnType<typeof seed>>;
  let attemptId: string;
  beforeAll(async () => {
    f = await seed();
    attemptId = (await startAttempt({ user: f.students[0]!, assignmentId: f.assignment.id })).id;
  });
  const take = () => taking(f.students[0]!, f.assignment.id);
  const open = (questionId: string, user = f.students[0]!) =>
    openGuidedSection({ user, assignmentId: f.assignment.id, questionId });
  const save = (questionId: string, answer: unknown, clientSeq: number) =>
    saveResponse({ userId: f.students[0]!.id, sessionVersion: 0, attemptId, questionId, answer, clientSeq });
  const texts = (guide: { sections: { paragraphs: { sentences: { id: string; text: string }[] }[] }[] }) =>
    guide.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences));

  it("sends the questions in reading order and only the text above the first question", async () => {
    const quiz = await take();
    expect(quiz.questions.map((q) => q.id)).toEqual([f.q1, f.q2, f.q3]);
    expect(quiz.guide!.locked).toBe(true);
    expect(quiz.guide!.sections).toHaveLength(1);
    expect(texts(quiz.guide!).map((s) => s.id)).toEqual([f.first.id]);
    // The locked text is not in the page at all.
    expect(JSON.stringify(quiz)).not.toContain(f.para2.text);
    expect(JSON.stringify(quiz)).not.toContain(f.sentences[1]!.text);
  });

  it("refuses to open before the answer is saved, and from a question further down", async () => {
    await expect(open(f.q1)).rejects.toMatchObject({ code: "INVALID" });
    await save(f.q2, { text: "anything" }, 1);
    await expect(open(f.q2)).rejects.toMatchObject({ code: "INVALID" });
    expect((await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).guideOpened).toEqual([]);
  });

  it("opens the next section once any answer is saved, records it once, and blanks a cloze's key", async () => {
    await save(f.q1, { text: "a guess" }, 1); // any answer opens it
    const guide = await open(f.q1);
    expect(guide.sections).toHaveLength(2);
    expect(guide.sections[1]!.questionIds).toEqual([f.q2]);
    const para2 = texts(guide).find((s) => s.id === f.para2.id)!;
    expect(para2.text).toContain(BLANK);
    expect(para2.text).not.toContain(f.clozeWord);
    await open(f.q1); // twice (two tabs): recorded once
    expect((await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).guideOpened).toEqual([f.q1]);
  });

  it("keeps an opened section open after a reload, even if the answer is cleared", async () => {
    await save(f.q1, { text: "" }, 2);
    const quiz = await take();
    expect(quiz.guide!.sections).toHaveLength(2);
    expect(quiz.saved[f.q1]!.answer).toEqual({ text: "" });
  });

  it("opens the rest question by question; the uncited question comes after the essay's end", async () => {
    const guide = await open(f.q2); // saved in the refusal test above
    expect(guide.sections).toHaveLength(3);
    expect(guide.sections.at(-1)!.questionIds).toEqual([f.q3]);
    expect(guide.sections.at(-1)!.paragraphs.at(-1)!.sentences.at(-1)!.id).toBe(f.sentences.at(-1)!.id);
    expect(guide.locked).toBe(false);
    expect(texts(guide)).toHaveLength(f.sentences.length);
  });

  it("refuses other people and assignments without guided reading", async () => {
    await expect(open(f.q1, f.students[2]!)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(open(f.q1, f.students[1]!)).rejects.toMatchObject({ code: "INVALID" }); // no attempt started
    const plain = await seed(false);
    await startAttempt({ user: plain.students[0]!, assignmentId: plain.assignment.id });
    await expect(
      openGuidedSection({ user: plain.students[0]!, assignmentId: plain.assignment.id, questionId: plain.q1 }),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect((await taking(plain.students[0]!, plain.assignment.id)).guide).toBeNull();
  });

  it("lets the owner turn the gate off for one student (all open) and on again (openings kept)", async () => {
    const ben = f.students[1]!;
    const benAttempt = (await startAttempt({ user: ben, assignmentId: f.assignment.id })).id;
    const benTake = () => taking(ben, f.assignment.id);
    expect((await benTake()).guide!.sections).toHaveLength(1);
    await expect(
      setGuidedGate({ user: f.other, assignmentId: f.assignment.id, studentId: ben.id, off: true }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      setGuidedGate({ user: f.teacher, assignmentId: f.assignment.id, studentId: f.students[2]!.id, off: true }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await setGuidedGate({ user: f.teacher, assignmentId: f.assignment.id, studentId: ben.id, off: true });
    await setGuidedGate({ user: f.teacher, assignmentId: f.assignment.id, studentId: ben.id, off: true }); // idempotent
    const all = (await benTake()).guide!;
    expect(all).toMatchObject({ locked: false, gateOff: true });
    expect(all.sections).toHaveLength(3);
    // Ada's gate is untouched.
    expect((await take()).guide!.gateOff).toBe(false);

    await saveResponse({
      userId: ben.id,
      sessionVersion: 0,
      attemptId: benAttempt,
      questionId: f.q1,
      answer: { text: "x" },
      clientSeq: 1,
    });
    await openGuidedSection({ user: ben, assignmentId: f.assignment.id, questionId: f.q1 });
    await setGuidedGate({ user: f.teacher, assignmentId: f.assignment.id, studentId: ben.id, off: false });
    const again = (await benTake()).guide!;
    expect(again).toMatchObject({ locked: true, gateOff: false });
    expect(again.sections).toHaveLength(2);
  });

  it("stops recording openings once the attempt is submitted", async () => {
    await submitAttempt({ userId: f.students[0]!.id, attemptId });
    await expect(open(f.q1)).rejects.toMatchObject({ code: "INVALID" });
  });
});
