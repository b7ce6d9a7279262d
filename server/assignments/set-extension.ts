import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { optionalDate } from "./assignment-settings-input";
import { getOwnedAssignmentForStudent } from "./get-owned-assignment-for-student";

export const extensionInput = z.object({
  closesAt: optionalDate,
  extraMinutes: z
    .union([
      z.literal(""),
      z.coerce
        .number()
        .int("Minutes must be a whole number.")
        .min(0, "Extra minutes cannot be negative.")
        .max(600, "Give at most 600 extra minutes."),
    ])
    .optional()
    .transform((v) => (v === "" || v === undefined ? 0 : v)),
  extraAttempts: z
    .union([
      z.literal(""),
      z.coerce
        .number()
        .int("Attempts must be a whole number.")
        .min(0, "Extra attempts cannot be negative.")
        .max(10, "Give at most 10 extra attempts."),
    ])
    .optional()
    .transform((v) => (v === "" || v === undefined ? 0 : v)),
});
export type ExtensionInput = z.infer<typeof extensionInput>;

/**
 * Gives one student their own terms on an assignment: a closing time of their own (later than the class's,
 * or a deadline where the class has none), extra minutes on the time limit, extra attempts. Applies at once to their
 * autosave, start, quiz page and dashboard (see forStudent in server/attempts/assignment-window.ts).
 */
export async function setExtension(opts: {
  user: SessionUser;
  assignmentId: string;
  studentId: string;
  input: ExtensionInput;
}) {
  const a = await getOwnedAssignmentForStudent(opts.user, opts.assignmentId, opts.studentId);
  const { closesAt, extraMinutes, extraAttempts } = opts.input;
  const invalid = (field: string, message: string) => new AppError("INVALID", message, { [field]: message });
  if (!closesAt && !extraMinutes && !extraAttempts)
    throw new AppError("INVALID", "Give this student a closing time of their own, extra minutes or extra attempts.");
  if (extraMinutes && a.timeLimitMinutes === null)
    throw invalid(
      "extraMinutes",
      "This assignment has no time limit, so extra minutes change nothing: give a later closing time instead.",
    );
  if (closesAt && a.opensAt && closesAt <= a.opensAt)
    throw invalid("closesAt", "The closing time must be after the assignment opens.");
  const data = { closesAt, extraMinutes, extraAttempts };
  await db.assignmentExtension.upsert({
    where: { assignmentId_studentId: { assignmentId: a.id, studentId: opts.studentId } },
    create: { assignmentId: a.id, studentId: opts.studentId, ...data },
    update: data,
  });
}
