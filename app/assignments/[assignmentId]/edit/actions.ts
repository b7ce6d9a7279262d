"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/classes/form-state";
import type { ActionState } from "@/app/sets/action-result";
import { requireInstructor } from "@/server/auth/session";
import { updateAssignmentInput } from "@/server/assignments/assignment-settings-input";
import { clearExtension } from "@/server/assignments/clear-extension";
import { extensionInput, setExtension } from "@/server/assignments/set-extension";
import { deleteAssignment } from "@/server/assignments/delete-assignment";
import { setAssignmentOpen } from "@/server/assignments/set-assignment-open";
import { updateAssignment } from "@/server/assignments/update-assignment";
import { expectedFailure, formArg, idArg, refuseNul } from "@/server/http/action-input";
import { assignmentSettingsFrom, fieldErrors } from "../../../classes/assignment-form-input";

/** AssignmentForm in edit mode: updateAssignmentAction.bind(null, assignmentId)(prev, form). */
export async function updateAssignmentAction(assignmentId: string, _prev: FormState, form: FormData): Promise<FormState> {
  let id: string;
  try {
    const user = await requireInstructor();
    const parsed = updateAssignmentInput.safeParse(assignmentSettingsFrom(form));
    if (!parsed.success) return fieldErrors(parsed.error);
    id = (await updateAssignment({ user, assignmentId: idArg(assignmentId), input: parsed.data })).id;
  } catch (e) {
    return { ok: false, ...expectedFailure(e) };
  }
  revalidatePath(`/assignments/${id}`);
  redirect(`/assignments/${id}?updated=1`);
}

/** ConfirmAction: deleteAssignmentAction.bind(null, assignmentId)(prev). */
export async function deleteAssignmentAction(assignmentId: string, _prev: ActionState): Promise<ActionState> {
  let classId: string;
  try {
    const user = await requireInstructor();
    classId = (await deleteAssignment({ user, assignmentId: idArg(assignmentId) })).classId;
  } catch (e) {
    return { ok: false, ...expectedFailure(e) };
  }
  revalidatePath(`/classes/${classId}`);
  redirect(`/classes/${classId}?deleted=1`);
}

/** ConfirmAction on the assignment page: closeAssignmentAction.bind(null, assignmentId)(prev). */
export async function closeAssignmentAction(assignmentId: string, _prev: ActionState): Promise<ActionState> {
  try {
    const user = await requireInstructor();
    await setAssignmentOpen({ user, assignmentId: idArg(assignmentId), open: false });
  } catch (e) {
    return { ok: false, ...expectedFailure(e) };
  }
  revalidatePath(`/assignments/${assignmentId}`);
  return { ok: true };
}

/** ConfirmAction on the assignment page ("Reopen" / "Open now"): reopenAssignmentAction.bind(null, assignmentId)(prev). */
export async function reopenAssignmentAction(assignmentId: string, _prev: ActionState): Promise<ActionState> {
  try {
    const user = await requireInstructor();
    await setAssignmentOpen({ user, assignmentId: idArg(assignmentId), open: true });
  } catch (e) {
    return { ok: false, ...expectedFailure(e) };
  }
  revalidatePath(`/assignments/${assignmentId}`);
  return { ok: true };
}

/** ExtensionEditor: setExtensionAction.bind(null, assignmentId, studentId)(prev, form of closesAt, extraMinutes, extraAttempts). */
export async function setExtensionAction(assignmentId: string, studentId: string, _prev: FormState, form: FormData): Promise<FormState> {
  try {
    const user = await requireInstructor();
    refuseNul(form);
    const f = formArg(form);
    const parsed = extensionInput.safeParse({ closesAt: f.get("closesAt") ?? "", extraMinutes: f.get("extraMinutes") ?? "", extraAttempts: f.get("extraAttempts") ?? "" });
    if (!parsed.success) return fieldErrors(parsed.error);
    await setExtension({ user, assignmentId: idArg(assignmentId), studentId: idArg(studentId), input: parsed.data });
  } catch (e) {
    return { ok: false, ...expectedFailure(e) };
  }
  revalidatePath(`/assignments/${assignmentId}`);
  return { ok: true };
}

/** ExtensionEditor's "Remove": clearExtensionAction.bind(null, assignmentId, studentId)(prev). */
export async function clearExtensionAction(assignmentId: string, studentId: string, _prev: ActionState): Promise<ActionState> {
  try {
    const user = await requireInstructor();
    await clearExtension({ user, assignmentId: idArg(assignmentId), studentId: idArg(studentId) });
  } catch (e) {
    return { ok: false, ...expectedFailure(e) };
  }
  revalidatePath(`/assignments/${assignmentId}`);
  return { ok: true };
}
