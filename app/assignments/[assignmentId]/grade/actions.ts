"use server";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/components/classes/form-state";
import { isAppError } from "@/lib/errors/app-error";
import { requireInstructor } from "@/server/auth/session";
import { gradeInput, gradeResponse } from "@/server/attempts/grade-response";

export async function gradeResponseAction(assignmentId: string, responseId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireInstructor();
  const raw = String(form.get("score") ?? "").trim();
  if (raw === "") return { ok: false, message: "Enter a score.", fieldErrors: { score: "Enter a score." } };
  const parsed = gradeInput.safeParse({ responseId, score: raw, feedback: form.get("feedback") ?? "" });
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    return { ok: false, message: i?.message, fieldErrors: { [String(i?.path[0] ?? "score")]: i?.message ?? "Check this field." } };
  }
  try {
    await gradeResponse({ user, input: parsed.data });
  } catch (e) {
    if (isAppError(e)) return { ok: false, message: e.message, fieldErrors: e.fieldErrors };
    throw e;
  }
  revalidatePath(`/assignments/${assignmentId}/grade`);
  return { ok: true, message: "Grade saved." };
}
