import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { guardJoinCode } from "../rate-limits/guard-join-code";

export const joinCodeInput = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .min(4, "Enter the join code your instructor gave you.")
    .max(12, "A join code is at most 12 characters.")
    .regex(/^[A-Z0-9]+$/, "A join code has only letters and digits."),
});

/** Enrolls a student by join code. Joining twice is fine (returns the same class). Wrong codes count against the
 *  client's address (`clientAddress`, from server/rate-limits/get-client-address). */
export async function joinClass(opts: { user: SessionUser; code: string; clientAddress: string }) {
  if (opts.user.role !== "STUDENT")
    throw new AppError("FORBIDDEN", "Only student accounts can join a class. Sign in with your student account.");
  const cls = await guardJoinCode(
    opts.clientAddress,
    () => db.class.findFirst({ where: { joinCode: opts.code, archivedAt: null }, select: { id: true, name: true } }),
    (found) => !found,
  );
  if (!cls)
    throw new AppError("NOT_FOUND", "No class has that join code. Check it with your instructor and try again.", {
      code: "No class has that join code.",
    });
  // ON CONFLICT DO NOTHING: a double click or two tabs joining at once is not an error.
  await db.enrollment.createMany({ data: [{ classId: cls.id, userId: opts.user.id }], skipDuplicates: true });
  return cls;
}
