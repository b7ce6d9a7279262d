"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAssignment } from "@/server/assignments/create-assignment";
import { createAssignmentInput } from "@/server/assignments/assignment-settings-input";
import { createClass, createClassInput } from "@/server/classes/create-class";
import { removeStudent } from "@/server/classes/remove-student";
import { rosterSyncSummary } from "@/lib/lti/nrps";
import { idSchema, textField } from "@/server/http/action-input";
import { syncLtiRoster } from "@/server/lti/sync-lti-roster";
import { formInput, instructorAction } from "@/server/http/server-action";
import { assignmentForm } from "./assignment-form-input";

export const createClassAction = instructorAction(
  { state: true, form: formInput((f) => ({ name: textField(f, "name") }), createClassInput) },
  async ({ user, form }) => {
    const { id } = await createClass({ user, input: form });
    redirect(`/classes/${id}`);
  },
);

/** RemoveStudentButton: removeStudentAction.bind(null, classId, studentId)(). */
export const removeStudentAction = instructorAction(
  { args: [idSchema, idSchema] },
  async ({ user, args: [classId, studentId] }) => {
    await removeStudent({ user, classId, studentId });
    revalidatePath(`/classes/${classId}`);
  },
);

/** AssignmentForm: createAssignmentAction.bind(null, classId)(prev, form). */
export const createAssignmentAction = instructorAction(
  { args: [idSchema], state: true, form: assignmentForm(createAssignmentInput) },
  async ({ user, args: [classId], form }) => {
    const { id } = await createAssignment({ user, classId, input: form });
    redirect(`/assignments/${id}`);
  },
);

/** RosterSyncButton: syncLtiRosterAction.bind(null, classId)(prev). Reads the LMS course's roster and enrols it. */
export const syncLtiRosterAction = instructorAction(
  { args: [idSchema], state: true },
  async ({ user, args: [classId] }) => {
    const result = await syncLtiRoster({ user, classId });
    revalidatePath(`/classes/${classId}`);
    return { message: `Roster synced: ${rosterSyncSummary(result)}.`, result };
  },
);
