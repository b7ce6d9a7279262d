import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { db } from "../db";

/** A date-time field: empty → null, else an ISO string (the forms send UTC), or a message. */
export const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((s, ctx) => {
    if (!s) return null;
    const d = new Date(s);
    if (Number.isNaN(d.getTime())) {
      ctx.addIssue({ code: "custom", message: "Enter a valid date and time." });
      return z.NEVER;
    }
    return d;
  });

/** The settings an instructor chooses when assigning a set, and may change afterwards (not the set or the mode). */
const settings = z.object({
  title: z.string().trim().max(160, "Keep the title under 160 characters.").optional(),
  opensAt: optionalDate,
  closesAt: optionalDate,
  attemptsAllowed: z.coerce.number().int("Attempts must be a whole number.").min(1, "Allow at least one attempt.").max(20, "Allow at most 20 attempts."),
  timeLimitMinutes: z
    .union([z.literal(""), z.coerce.number().int("Minutes must be a whole number.").min(1, "A time limit is at least 1 minute.").max(600, "A time limit is at most 600 minutes.")])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  shuffleQuestions: z.boolean().default(false),
  shuffleChoices: z.boolean().default(false),
  revealAnswers: z.enum(["AFTER_SUBMIT", "AFTER_CLOSE", "NEVER"]),
  peersAfterAnswer: z.boolean().default(true),
  anonymous: z.boolean().default(false),
});

function windowRules(v: { opensAt: Date | null; closesAt: Date | null; revealAnswers: string }, ctx: z.RefinementCtx) {
  if (v.opensAt && v.closesAt && v.closesAt <= v.opensAt) ctx.addIssue({ code: "custom", path: ["closesAt"], message: "The closing time must be after the opening time." });
  if (v.revealAnswers === "AFTER_CLOSE" && !v.closesAt) ctx.addIssue({ code: "custom", path: ["closesAt"], message: "Set a closing time, or reveal answers after submitting." });
}

export const createAssignmentInput = settings
  .extend({
    setId: z.string().trim().min(1, "Choose a question set to assign."),
    mode: z.enum(["SELF_PACED", "LIVE"]).default("SELF_PACED"),
  })
  .superRefine(windowRules);
export const updateAssignmentInput = settings.superRefine(windowRules);
export type UpdateAssignmentInput = z.infer<typeof updateAssignmentInput>;

/** The columns the settings fill, on create and on edit; an empty title means the set's own. */
export function settingsData(input: UpdateAssignmentInput, setTitle: string) {
  return {
    title: input.title || setTitle,
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    attemptsAllowed: input.attemptsAllowed,
    timeLimitMinutes: input.timeLimitMinutes,
    shuffleQuestions: input.shuffleQuestions,
    shuffleChoices: input.shuffleChoices,
    revealAnswers: input.revealAnswers,
    peersAfterAnswer: input.peersAfterAnswer,
    anonymous: input.anonymous,
  };
}
export type CreateAssignmentInput = z.infer<typeof createAssignmentInput>;

/** Question sets an instructor may assign: their own and the built-in ones, with at least one question. */
export async function listAssignableSets(opts: { user: SessionUser }) {
  return db.questionSet.findMany({
    where: { OR: [{ ownerId: opts.user.id }, { builtIn: true }], questions: { some: {} } },
    orderBy: [{ builtIn: "asc" }, { updatedAt: "desc" }],
    select: { id: true, title: true, builtIn: true, _count: { select: { questions: true } } },
  });
}

/** Assigns a set to one of the instructor's classes, self-paced or to run live in class. */
export async function createAssignment(opts: { user: SessionUser; classId: string; input: CreateAssignmentInput }) {
  if (opts.user.role !== "INSTRUCTOR") throw new AppError("FORBIDDEN", "Only instructors can assign quizzes.");
  const { input } = opts;
  const [cls, set] = await Promise.all([
    db.class.findFirst({ where: { id: opts.classId, instructorId: opts.user.id }, select: { id: true } }),
    db.questionSet.findFirst({ where: { id: input.setId, OR: [{ ownerId: opts.user.id }, { builtIn: true }] }, select: { id: true, title: true } }),
  ]);
  if (!cls) throw new AppError("NOT_FOUND", "That class does not exist or is not yours.");
  if (!set) throw new AppError("INVALID", "Choose one of your question sets or a built-in one.", { setId: "Choose one of your question sets or a built-in one." });
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
