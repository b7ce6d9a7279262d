import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { ownedClassWhere } from "../classes/class-access";
import { db } from "../db";
import { readableSetWhere } from "../question-sets/set-access";
import { settingsData } from "./assignment-settings-data";
import type { CreateAssignmentInput } from "./assignment-settings-input";

/** Assigns a set to one of the instructor's classes, self-paced or to run live in class. */
export async function createAssignment(opts: { user: SessionUser; classId: string; input: CreateAssignmentInput }) {
  if (opts.user.role !== "INSTRUCTOR") throw new AppError("FORBIDDEN", "Only instructors can assign quizzes.");
  const { input } = opts;
  const [cls, set] = await Promise.all([
    db.class.findFirst({ where: { id: opts.classId, ...ownedClassWhere(opts.user) }, select: { id: true } }),
    db.questionSet.findFirst({ where: readableSetWhere(opts.user, input.setId), select: { id: true, title: true } }),
  ]);
  if (!cls) throw new AppError("NOT_FOUND", "That class does not exist or is not yours.");
  if (!set)
    throw new AppError("INVALID", "Choose one of your question sets or a built-in one.", {
      setId: "Choose one of your question sets or a built-in one.",
    });
  return db.assignment.create({
    data: {
      classId: cls.id,
      setId: set.id,
      mode: input.mode,
      ...settingsData(input, set.title),
    },
    select: { id: true },
  });
}
