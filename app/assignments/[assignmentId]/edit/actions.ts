"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { redirect } from "next/navigation";
import { updateAssignmentInput } from "@/server/assignments/assignment-settings-input";
import { clearExtension } from "@/server/assignments/clear-extension";
import { extensionInput, setExtension } from "@/server/assignments/set-extension";
import { deleteAssignment } from "@/server/assignments/delete-assignment";
import { setAssignmentOpen } from "@/server/assignments/set-assignment-open";
import { updateAssignment } from "@/server/assignments/update-assignment";
import { setReadingTracking } from "@/server/attention/set-reading-tracking";
import { idSchema } from "@/server/http/action-input";
import { formInput, instructorAction } from "@/server/http/server-action";
import { assignmentForm } from "../../../classes/assignment-form-input";

/** AssignmentForm in edit mode: updateAssignmentAction.bind(null, assignmentId)(prev, form). */
export const updateAssignmentAction = instructorAction(
  { args: [idSchema], state: true, form: assignmentForm(updateAssignmentInput) },
  async ({ user, args: [assignmentId], form }) => {
    const { id } = await updateAssignment({ user, assignmentId, input: form });
    revalidatePath(`/assignments/${id}`);
    redirect(`/assignments/${id}?updated=1`);
  },
);

/** ConfirmAction: deleteAssignmentAction.bind(null, assignmentId)(prev). */
export const deleteAssignmentAction = instructorAction(
  { args: [idSchema], state: true },
  async ({ user, args: [assignmentId] }) => {
    const { classId } = await deleteAssignment({ user, assignmentId });
    revalidatePath(`/classes/${classId}`);
    redirect(`/classes/${classId}?deleted=1`);
  },
);

/** ConfirmAction on the assignment page: closeAssignmentAction.bind(null, assignmentId)(prev). */
export const closeAssignmentAction = instructorAction(
  { args: [idSchema], state: true },
  async ({ user, args: [assignmentId] }) => {
    await setAssignmentOpen({ user, assignmentId, open: false });
    revalidatePath(`/assignments/${assignmentId}`);
  },
);

/** ConfirmAction on the assignment page ("Reopen" / "Open now"): reopenAssignmentAction.bind(null, assignmentId)(prev). */
export const reopenAssignmentAction = instructorAction(
  { args: [idSchema], state: true },
  async ({ user, args: [assignmentId] }) => {
    await setAssignmentOpen({ user, assignmentId, open: true });
    revalidatePath(`/assignments/${assignmentId}`);
  },
);

const extensionForm = formInput(
  (f) => ({
    closesAt: f.get("closesAt") ?? "",
    extraMinutes: f.get("extraMinutes") ?? "",
    extraAttempts: f.get("extraAttempts") ?? "",
  }),
  extensionInput,
);

/** ExtensionEditor: setExtensionAction.bind(null, assignmentId, studentId)(prev, form of closesAt, extraMinutes, extraAttempts). */
export const setExtensionAction = instructorAction(
  { args: [idSchema, idSchema], state: true, form: extensionForm },
  async ({ user, args: [assignmentId, studentId], form }) => {
    await setExtension({ user, assignmentId, studentId, input: form });
    revalidatePath(`/assignments/${assignmentId}`);
  },
);

/** ExtensionEditor's "Remove": clearExtensionAction.bind(null, assignmentId, studentId)(prev). */
export const clearExtensionAction = instructorAction(
  { args: [idSchema, idSchema], state: true },
  async ({ user, args: [assignmentId, studentId] }) => {
    await clearExtension({ user, assignmentId, studentId });
    revalidatePath(`/assignments/${assignmentId}`);
  },
);

/** ReadingTrackingToggle on the assignment page: setReadingTrackingAction.bind(null, assignmentId, on)(prev). */
export const setReadingTrackingAction = instructorAction(
  { args: [idSchema, z.boolean()], state: true },
  async ({ user, args: [assignmentId, on] }) => {
    await setReadingTracking({ user, assignmentId, on });
    revalidatePath(`/assignments/${assignmentId}`);
  },
);
