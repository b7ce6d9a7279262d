"use server";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/components/classes/form-state";
import { requireInstructor } from "@/server/auth/session";
import { gradeInput, gradeResponse } from "@/server/attempts/grade-response";
import { expectedFailure, formArg, idArg, refuseNul, textField } from "@/server/http/action-input";

export async function gradeResponseAction(assignmentId: string, responseId: string, _prev: FormState, form: FormData): Promise<FormState> {
  try {
    const user = await requireInstructor();
    refuseNul(form);
    const f = formArg(form);
    const raw = textField(f, "score").trim();
    if (raw === "") return { ok: false, message: "Enter a score.", fieldErrors: { score: "Enter a score." } };
    const parsed = gradeInput.safeParse({ responseId: idArg(responseId), score: raw, feedback: textField(f, "feedback") });
    if (!parsed.success) {
      const i = parsed.error.issues[0];
      return { ok: false, message: i?.message, fieldErrors: { [String(i?.path[0] ?? "score")]: i?.message ?? "Check this field." } };
    }
    await gradeResponse({ user, input: parsed.data });
  } catch (e) {
    return { ok: false, ...expectedFailure(e) };
  }
  revalidatePath(`/assignments/${assignmentId}/grade`);
  return { ok: true, message: "Grade saved." };
}
