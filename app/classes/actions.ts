"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { FormState } from "@/components/classes/form-state";
import { isAppError } from "@/lib/errors/app-error";
import { requireInstructor } from "@/server/auth/session";
import { createAssignment, createAssignmentInput } from "@/server/classes/create-assignment";
import { createClass, createClassInput } from "@/server/classes/create-class";
import { removeStudent } from "@/server/classes/remove-student";

function fieldErrors(err: z.ZodError): FormState {
  const fe: Record<string, string> = {};
  for (const i of err.issues) fe[String(i.path[0] ?? "_")] ??= i.message;
  return { ok: false, message: "Check the highlighted fields.", fieldErrors: fe };
}
const fail = (e: unknown): FormState => {
  if (isAppError(e)) return { ok: false, message: e.message, fieldErrors: e.fieldErrors };
  throw e;
};

export async function createClassAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireInstructor();
  const parsed = createClassInput.safeParse({ name: form.get("name") });
  if (!parsed.success) return fieldErrors(parsed.error);
  let id: string;
  try {
    id = (await createClass({ user, input: parsed.data })).id;
  } catch (e) {
    return fail(e);
  }
  redirect(`/classes/${id}`);
}

export async function removeStudentAction(classId: string, studentId: string): Promise<{ ok: boolean; message?: string }> {
  const user = await requireInstructor();
  try {
    await removeStudent({ user, classId, studentId });
  } catch (e) {
    return fail(e);
  }
  revalidatePath(`/classes/${classId}`);
  return { ok: true };
}

export async function createAssignmentAction(classId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireInstructor();
  const on = (k: string) => form.get(k) === "on";
  const parsed = createAssignmentInput.safeParse({
    setId: form.get("setId") ?? "",
    mode: form.get("mode") ?? "SELF_PACED",
    title: form.get("title") ?? "",
    opensAt: form.get("opensAt") ?? "",
    closesAt: form.get("closesAt") ?? "",
    attemptsAllowed: form.get("attemptsAllowed") ?? "1",
    timeLimitMinutes: form.get("timeLimitMinutes") ?? "",
    shuffleQuestions: on("shuffleQuestions"),
    shuffleChoices: on("shuffleChoices"),
    revealAnswers: form.get("revealAnswers") ?? "",
    peersAfterAnswer: on("peersAfterAnswer"),
    anonymous: on("anonymous"),
  });
  if (!parsed.success) return fieldErrors(parsed.error);
  let id: string;
  try {
    id = (await createAssignment({ user, classId, input: parsed.data })).id;
  } catch (e) {
    return fail(e);
  }
  redirect(`/assignments/${id}`);
}
