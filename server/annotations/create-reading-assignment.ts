import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { ownedClassWhere } from "../classes/class-access";
import { db } from "../db";
import type { ReadingAssignmentInput } from "./reading-assignment-input";

/**
 * A "read and annotate" assignment: an assignment of the set the essay comes from (so the class's assignment
 * lists, gradebook and LMS links treat it like any other), plus its ReadingTask. Both rows or neither.
 */
export async function createReadingAssignment(o: {
  user: SessionUser;
  classId: string;
  input: ReadingAssignmentInput;
}) {
  if (o.user.role !== "INSTRUCTOR") throw new AppError("FORBIDDEN", "Only instructors can assign readings.");
  const [setId, essayId] = o.input.reading.split(":") as [string, string];
  const [cls, essay] = await Promise.all([
    db.class.findFirst({ where: { id: o.classId, ...ownedClassWhere(o.user) }, select: { id: true } }),
    db.essay.findFirst({
      where: {
        id: essayId,
        questionSets: { some: { set: { id: setId, OR: [{ ownerId: o.user.id }, { builtIn: true }] } } },
      },
      select: { id: true, title: true, _count: { select: { passages: { where: { sentence: 0 } } } } },
    }),
  ]);
  if (!cls) throw new AppError("NOT_FOUND", "That class does not exist or is not yours.");
  if (!essay)
    throw new AppError("INVALID", "Choose an essay from your question sets or a built-in one.", {
      reading: "Choose an essay from your question sets or a built-in one.",
    });
  const paragraphs = essay._count.passages;
  if (o.input.minParagraphs > paragraphs) {
    const m = `This essay has ${paragraphs} paragraph${paragraphs === 1 ? "" : "s"}: ask for at most that many.`;
    throw new AppError("INVALID", m, { minParagraphs: m });
  }
  const { input } = o;
  return db.assignment.create({
    data: {
      classId: cls.id,
      setId,
      title: input.title || `Read and annotate: ${essay.title}`,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      anonymous: input.anonymous,
      peersAfterAnswer: input.peersAfterAnswer,
      readingTask: {
        create: {
          essayId: essay.id,
          minAnnotations: input.minAnnotations,
          minParagraphs: input.minParagraphs,
          minReplies: input.minReplies,
          points: input.points,
        },
      },
    },
    select: { id: true },
  });
}
