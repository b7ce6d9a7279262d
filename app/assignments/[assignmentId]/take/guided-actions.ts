"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { openGuidedSection } from "@/server/guided-reading/open-guided-section";
import { setGuidedGate } from "@/server/guided-reading/set-guided-gate";
import { idSchema } from "@/server/http/action-input";
import { instructorAction, studentAction } from "@/server/http/server-action";

/** GuidedReading, once an answer is saved: openGuidedSectionAction(assignmentId, questionId). Answers with the open part. */
export const openGuidedSectionAction = studentAction(
  { args: [idSchema, idSchema] },
  async ({ user, args: [assignmentId, questionId] }) => ({
    guide: await openGuidedSection({ user, assignmentId, questionId }),
  }),
);

/** GuideGateToggle on the assignment page: setGuidedGateAction.bind(null, assignmentId, studentId, off)(prev). */
export const setGuidedGateAction = instructorAction(
  { args: [idSchema, idSchema, z.boolean()], state: true },
  async ({ user, args: [assignmentId, studentId, off] }) => {
    await setGuidedGate({ user, assignmentId, studentId, off });
    revalidatePath(`/assignments/${assignmentId}`);
  },
);
