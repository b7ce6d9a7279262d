"use server";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { idSchema } from "@/server/http/action-input";
import { instructorAction } from "@/server/http/server-action";
import { acceptDraft } from "@/server/question-sets/accept-draft";

const target = z.union([z.object({ setId: idSchema }), z.object({ newSetTitle: z.string().max(500) })]);

/** DraftReview: accept(target, input), into one of the instructor's sets or a new one; acceptDraft checks the input. */
export const acceptDraftAction = instructorAction(
  { args: [z.unknown(), z.unknown()] },
  async ({ user, args: [rawTarget, input] }) => {
    const parsed = target.safeParse(rawTarget);
    if (!parsed.success) throw new AppError("INVALID", "Choose a set to add the question to.");
    // No revalidatePath: it would re-render this page (and re-run the drafter) after every accept, and the
    // set pages are dynamic, so they show the new question anyway.
    return acceptDraft({ user, target: parsed.data, input });
  },
);
