"use server";
import { z } from "zod";
import { requireInstructor } from "@/server/auth/session";
import { expectedFailure, idSchema, refuseNul } from "@/server/http/action-input";
import { acceptDraft } from "@/server/question-sets/accept-draft";

const target = z.union([z.object({ setId: idSchema }), z.object({ newSetTitle: z.string().max(500) })]);
export type AcceptResult = { ok: true; setId: string; questionId: string } | { ok: false; message: string; fieldErrors?: Record<string, string> };

export async function acceptDraftAction(rawTarget: unknown, input: unknown): Promise<AcceptResult> {
  try {
    const user = await requireInstructor();
    refuseNul(rawTarget, input);
    const parsed = target.safeParse(rawTarget);
    if (!parsed.success) return { ok: false, message: "Choose a set to add the question to." };
    const r = await acceptDraft({ user, target: parsed.data, input });
    // No revalidatePath: it would re-render this page (and re-run the drafter) after every accept, and the
    // set pages are dynamic, so they show the new question anyway.
    return { ok: true, ...r };
  } catch (e) {
    return { ok: false, ...expectedFailure(e) };
  }
}
