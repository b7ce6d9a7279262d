"use server";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/classes/form-state";
import { requireStudent } from "@/server/auth/session";
import { startAttempt } from "@/server/attempts/start-attempt";
import { expectedFailure, idArg } from "@/server/http/action-input";

/** Start (or resume) an attempt, then go to the questions. Safe to click twice: create-or-get. */
export async function startAttemptAction(assignmentId: string, another: boolean, _prev: FormState, _form: FormData): Promise<FormState> {
  try {
    const user = await requireStudent();
    await startAttempt({ user, assignmentId: idArg(assignmentId), another: another === true });
  } catch (e) {
    return { ok: false, message: expectedFailure(e).message };
  }
  redirect(`/assignments/${assignmentId}/take`);
}
