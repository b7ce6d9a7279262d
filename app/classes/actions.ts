"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { FormState } from "@/components/classes/form-state";
import { requireInstructor } from "@/server/auth/session";
import { createAssignment, createAssignmentInput } from "@/server/classes/create-assignment";
import { createClass, createClassInput } from "@/server/classes/create-class";
import { removeStudent } from "@/server/classes/remove-student";
import { expectedFailure, formArg, idArg, refuseNul } from "@/server/http/action-input";

function fieldErrors(err: z.ZodError): FormState {
  const fe: Record<string, string> = {};
  for (const i of err.issues) fe[String(i.path[0] ?? "_")] ??= i.message;
  return { ok: false, message: "Check the highlighted fields.", fieldErrors: fe };
}
const fail = (e: unknown): FormState => ({ ok: false, ...expectedFailure(e) });

export async function createClassAction(_prev: FormState, form: FormData): Promise<FormState> {
  let id: string;
  try {
    const user = await requireInstructor();
    refuseNul(form);
    const parsed = createClassInput.safeParse({ name: formArg(form).get("name") });
    if (!parsed.success) return fieldErrors(parsed.error);
    id = (await createClass({ user, input: parsed.data })).id;
  } catch (e) {
    return fail(e);
  }
  redirect(`/classes/${id}`);
}

export async function removeStudentAction(classId: string, studentId: string): Promise<{ ok: boolean; message?: string }> {
  try {
    const user = await requireInstructor();
    await removeStudent({ user, classId: idArg(classId), studentId: idArg(studentId) });
  } catch (e) {
    return fail(e);
  }
  revalidatePath(`/classes/${classId}`);
  return { ok: true };
}

export async function createAssignmentAction(classId: string, _prev: FormState, form: FormData): Promise<FormState> {
  let id: string;
  try {
    const user = await requireInstructor();
    refuseNul(form);
    const f = formArg(form);
    const on = (k: string) => f.get(k) === "on";
    const parsed = createAssignmentInput.safeParse({
      setId: f.get("setId") ?? "",
      mode: f.get("mode") ?? "SELF_PACED",
      title: f.get("title") ?? "",
      opensAt: f.get("opensAt") ?? "",
      closesAt: f.get("closesAt") ?? "",
      attemptsAllowed: f.get("attemptsAllowed") ?? "1",
      timeLimitMinutes: f.get("timeLimitMinutes") ?? "",
      shuffleQuestions: on("shuffleQuestions"),
      shuffleChoices: on("shuffleChoices"),
      revealAnswers: f.get("revealAnswers") ?? "",
      peersAfterAnswer: on("peersAfterAnswer"),
      anonymous: on("anonymous"),
    });
    if (!parsed.success) return fieldErrors(parsed.error);
    id = (await createAssignment({ user, classId: idArg(classId), input: parsed.data })).id;
  } catch (e) {
    return fail(e);
  }
  redirect(`/assignments/${id}`);
}
