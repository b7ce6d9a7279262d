// Data for the discussion integration tests, written with Prisma: users, a class, a set on the built-in
// essays, one question citing a passage, an assignment, and submitted attempts.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/server/generated/prisma/client";

const tag = () => randomUUID().slice(0, 8);

export async function user(db: PrismaClient, role: "INSTRUCTOR" | "STUDENT", name = `${role} ${tag()}`) {
  return db.user.create({ data: { email: `${tag()}-${Date.now()}@it.school`, name, passwordHash: "x", role }, select: { id: true, role: true, name: true } });
}

export async function passageAt(db: PrismaClient, slug: string, paragraph: number, sentence: number) {
  return db.passage.findFirstOrThrow({ where: { essay: { slug }, paragraph, sentence }, include: { essay: { select: { body: true, id: true } } } });
}

export async function seedClassAssignment(
  db: PrismaClient,
  o: { instructorId: string; studentIds: string[]; type: "SHORT_ANSWER" | "DEBATE"; content: object; passageIds: string[]; peersAfterAnswer?: boolean; anonymous?: boolean },
) {
  const cls = await db.class.create({ data: { name: "IT class", joinCode: `IT${tag()}`, instructorId: o.instructorId, enrollments: { create: o.studentIds.map((userId) => ({ userId })) } } });
  const essays = await db.essay.findMany({ where: { builtIn: true }, select: { id: true } });
  const set = await db.questionSet.create({ data: { title: "IT set", ownerId: o.instructorId, essays: { create: essays.map((e) => ({ essayId: e.id })) } } });
  const question = await db.question.create({
    data: { setId: set.id, position: 0, type: o.type, prompt: "Why engage?", content: o.content, answerKey: o.type === "SHORT_ANSWER" ? { modelAnswer: "x", keywords: [] } : {}, passages: { create: o.passageIds.map((passageId, position) => ({ passageId, position })) } },
  });
  const assignment = await db.assignment.create({ data: { classId: cls.id, setId: set.id, title: "IT assignment", peersAfterAnswer: o.peersAfterAnswer ?? true, anonymous: o.anonymous ?? false } });
  return { classId: cls.id, setId: set.id, questionId: question.id, assignmentId: assignment.id };
}

export async function submitted(db: PrismaClient, a: { assignmentId: string; questionId: string }, studentId: string, answer: object) {
  return db.response.create({
    data: { answer, attempt: { create: { assignmentId: a.assignmentId, studentId, submittedAt: new Date() } }, question: { connect: { id: a.questionId } } },
    select: { id: true },
  });
}
