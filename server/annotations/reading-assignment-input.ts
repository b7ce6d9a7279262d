import "server-only";
import { z } from "zod";
import { optionalDate } from "../assignments/assignment-settings-input";

const count = (what: string, min: number) =>
  z.coerce
    .number({ message: `Enter a number of ${what}.` })
    .int(`The number of ${what} must be a whole number.`)
    .min(min, `Ask for at least ${min} ${what}.`)
    .max(50, `Ask for at most 50 ${what}.`);

/** The "read and annotate" form: the reading (a set's essay, as "setId:essayId"), the due date and the expectation. */
export const readingAssignmentInput = z
  .object({
    title: z.string().trim().max(160, "Keep the title under 160 characters."),
    reading: z
      .string()
      .trim()
      .regex(/^[^:\s]+:[^:\s]+$/, "Choose the essay to read."),
    opensAt: optionalDate,
    closesAt: optionalDate,
    minAnnotations: count("annotations", 1),
    minParagraphs: count("paragraphs", 1),
    minReplies: count("replies", 0),
    points: z
      .union([
        z.literal(""),
        z.coerce
          .number({ message: "Enter the points as a number." })
          .min(0.5, "Give at least half a point, or leave it empty for no score.")
          .max(1000, "Give at most 1,000 points."),
      ])
      .transform((v) => (v === "" ? null : v)),
    anonymous: z.boolean(),
    peersAfterAnswer: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (!v.closesAt) ctx.addIssue({ code: "custom", path: ["closesAt"], message: "Set a due date." });
    if (v.opensAt && v.closesAt && v.closesAt <= v.opensAt)
      ctx.addIssue({ code: "custom", path: ["closesAt"], message: "The due date must be after the opening time." });
    if (v.minParagraphs > v.minAnnotations)
      ctx.addIssue({
        code: "custom",
        path: ["minParagraphs"],
        message: "Ask for no more paragraphs than annotations (each annotation counts where it sits).",
      });
  });
export type ReadingAssignmentInput = z.infer<typeof readingAssignmentInput>;
