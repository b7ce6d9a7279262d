// Seeds one class with a quiz of every question type on the built-in essay, for the attempts tests.
import type { PrismaClient } from "@/server/generated/prisma/client";
import { uniqueEmail } from "../factories";

export type QuizFixture = Awaited<ReturnType<typeof seedQuiz>>;
type Role = "INSTRUCTOR" | "STUDENT";

export async function seedQuiz(prisma: PrismaClient, opts: { students?: number; assignment?: Record<string, unknown> } = {}) {
  const mk = (role: Role, name: string) => prisma.user.create({ data: { email: uniqueEmail(role.toLowerCase()), name, passwordHash: "x", role }, select: { id: true, name: true, email: true, role: true } });
  const teacher = await mk("INSTRUCTOR", "Teacher");
  const students = await Promise.all(Array.from({ length: opts.students ?? 2 }, (_, i) => mk("STUDENT", `Student ${i + 1}`)));
  const cls = await prisma.class.create({ data: { name: "Politics", joinCode: `T${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 1e4)}`.slice(0, 12), instructorId: teacher.id } });
  for (const s of students) await prisma.enrollment.create({ data: { classId: cls.id, userId: s.id } });
  const essay = await prisma.essay.findUniqueOrThrow({ where: { slug: "moscows-geopolitical-gamble" }, select: { id: true, slug: true, title: true } });
  const sentences = await prisma.passage.findMany({ where: { essayId: essay.id, sentence: { gt: 0 } }, orderBy: [{ paragraph: "asc" }, { sentence: "asc" }], take: 4 });
  const [p1, p2, p3] = sentences.map((p) => p.id) as [string, string, string];
  const set = await prisma.questionSet.create({ data: { title: "Every type", ownerId: teacher.id, essays: { create: [{ essayId: essay.id }] } } });
  const choices = [{ id: "a", text: "Alpha" }, { id: "b", text: "Beta" }, { id: "c", text: "Gamma" }];
  const defs = [
    { type: "SINGLE_CHOICE", content: { choices }, answerKey: { correct: "b" }, points: 1 },
    { type: "MULTIPLE_SELECT", content: { choices }, answerKey: { correct: ["a", "b"] }, points: 2 },
    { type: "TRUE_FALSE", content: {}, answerKey: { correct: true }, points: 1 },
    { type: "SHORT_ANSWER", content: {}, answerKey: { modelAnswer: "Russia seeks influence.", keywords: ["influence", "security"] }, points: 3 },
    { type: "CLOZE", content: { before: "Moscow recognised the ", after: " government." }, answerKey: { accepted: ["Taliban"], caseSensitive: false }, points: 1 },
    { type: "EVIDENCE", content: { claim: "Something", options: [p1, p2] }, answerKey: { correct: [p2] }, points: 1 },
    { type: "ATTRIBUTION", content: { statement: "A claim", essays: [{ slug: essay.slug, title: essay.title }, { slug: "other", title: "Other" }] }, answerKey: { correct: essay.slug }, points: 1 },
    { type: "ORDERING", content: { items: choices }, answerKey: { order: ["a", "b", "c"] }, points: 3 },
    { type: "DEBATE", content: { stances: [{ id: "for", text: "For" }, { id: "against", text: "Against" }], minCitations: 1 }, answerKey: {}, points: 4 },
  ] as const;
  const questions: Record<string, string> = {};
  for (const [i, d] of defs.entries()) {
    const q = await prisma.question.create({
      data: { setId: set.id, position: i, type: d.type, prompt: `Q ${d.type}`, content: d.content, answerKey: d.answerKey, points: d.points, explanation: `Because ${d.type}`, rubric: d.type === "SHORT_ANSWER" ? "Mentions influence" : null, passages: { create: [{ passageId: p1 }] } },
    });
    questions[d.type] = q.id;
  }
  const assignment = await prisma.assignment.create({ data: { classId: cls.id, setId: set.id, title: "Quiz", ...(opts.assignment ?? {}) } });
  const asUser = (u: { id: string; name: string; email: string; role: string }) => ({ ...u, role: u.role as Role });
  return { teacher: asUser(teacher), students: students.map(asUser), cls, set, assignment, questions: questions as Record<(typeof defs)[number]["type"], string>, passages: { p1, p2, p3 } };
}
