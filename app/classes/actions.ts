"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/classes/form-state";
import { requireInstructor } from "@/server/auth/session";
import { createAssignment } from "@/server/assignments/create-assignment";
import { createAssignmentInput } from "@/server/assignments/assignment-settings-input";
import { createClass, createClassInput } from "@/server/classes/create-class";
import { removeStudent } from "@/server/classes/remove-student";
import { expectedFailure, formArg, idArg, refuseNul } from "@/server/http/action-input";
import { assignmentSettingsFrom, fieldErrors } from "./assignment-form-input";
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
    const parsed = createAssignmentInput.safeParse(assignmentSettingsFrom(form));
    if (!parsed.success) return fieldErrors(parsed.error);
    id = (await createAssignment({ user, classId: idArg(classId), input: parsed.data })).id;
  } catch (e) {
    return fail(e);
  }
  redirect(`/assignments/${id}`);
}
