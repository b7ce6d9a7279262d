import "server-only";
import { z } from "zod";

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
  attemptsAllowed: z.coerce
    .number()
    .int("Attempts must be a whole number.")
    .min(1, "Allow at least one attempt.")
    .max(20, "Allow at most 20 attempts."),
  timeLimitMinutes: z
    .union([
      z.literal(""),
      z.coerce
        .number()
        .int("Minutes must be a whole number.")
        .min(1, "A time limit is at least 1 minute.")
        .max(600, "A time limit is at most 600 minutes."),
    ])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  shuffleQuestions: z.boolean().default(false),
  shuffleChoices: z.boolean().default(false),
  revealAnswers: z.enum(["AFTER_SUBMIT", "AFTER_CLOSE", "NEVER"]),
  peersAfterAnswer: z.boolean().default(true),
  anonymous: z.boolean().default(false),
  showPassages: z.boolean().default(true),
  onePerPage: z.boolean().default(false),
  guidedReading: z.boolean().default(false),
});

function windowRules(v: { opensAt: Date | null; closesAt: Date | null; revealAnswers: string }, ctx: z.RefinementCtx) {
  if (v.opensAt && v.closesAt && v.closesAt <= v.opensAt)
    ctx.addIssue({ code: "custom", path: ["closesAt"], message: "The closing time must be after the opening time." });
  if (v.revealAnswers === "AFTER_CLOSE" && !v.closesAt)
    ctx.addIssue({
      code: "custom",
      path: ["closesAt"],
      message: "Set a closing time, or reveal answers after submitting.",
    });
}

export const createAssignmentInput = settings
  .extend({
    setId: z.string().trim().min(1, "Choose a question set to assign."),
    mode: z.enum(["SELF_PACED", "LIVE"]).default("SELF_PACED"),
  })
  .superRefine(windowRules);
export const updateAssignmentInput = settings.superRefine(windowRules);
export type UpdateAssignmentInput = z.infer<typeof updateAssignmentInput>;
export type CreateAssignmentInput = z.infer<typeof createAssignmentInput>;
