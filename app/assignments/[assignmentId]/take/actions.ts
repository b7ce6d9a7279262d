"use server";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/classes/form-state";
import { isAppError } from "@/lib/errors/app-error";
import { requireStudent } from "@/server/auth/session";
import { startAttempt } from "@/server/attempts/start-attempt";

/** Start (or resume) an attempt, then go to the questions. Safe to click twice: create-or-get. */
export async function startAttemptAction(assignmentId: string, another: boolean, _prev: FormState, _form: FormData): Promise<FormState> {
  try {
    const user = await requireStudent();
    await startAttempt({ user, assignmentId, another });
  } catch (e) {
    if (isAppError(e)) return { ok: false, message: e.message };
    throw e;
  }
  redirect(`/assignments/${assignmentId}/take`);
}
