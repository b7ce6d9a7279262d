import "server-only";
import { notFound } from "next/navigation";
import type { SessionUser } from "../auth/session";
import { extensionOf, forStudent } from "../attempts/assignment-window";
import { db } from "../db";
import { enrolledClassWhere } from "./class-access";

/** A class the student is enrolled in, with its assignments. Not enrolled → not found. */
export async function getClassForStudent(opts: { user: SessionUser; classId: string }) {
  const cls = await db.class.findFirst({
    where: { id: opts.classId, ...enrolledClassWhere(opts.user) },
    select: {
      id: true,
      name: true,
      instructor: { select: { name: true } },
      assignments: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          title: true,
          mode: true,
          opensAt: true,
          closesAt: true,
          timeLimitMinutes: true,
          extensions: extensionOf(opts.user.id),
        },
      },
    },
  });
  if (!cls) notFound();
  // Each assignment's window as this student has it (an extension's own closing time).
  return { ...cls, assignments: cls.assignments.map(forStudent) };
}
