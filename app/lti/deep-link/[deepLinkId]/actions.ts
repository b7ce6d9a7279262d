"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { createAssignmentInput } from "@/server/assignments/assignment-settings-input";
import { idSchema } from "@/server/http/action-input";
import { instructorAction } from "@/server/http/server-action";
import { answerLtiDeepLink } from "@/server/lti/answer-lti-deep-link";
import { toolBaseUrl } from "@/server/lti/tool-base-url";
import { assignmentForm } from "@/app/classes/assignment-form-input";

/** AssignmentForm on the Deep Linking page: chooseDeepLinkAction.bind(null, deepLinkId)(prev, form). */
export const chooseDeepLinkAction = instructorAction(
  { args: [idSchema], state: true, form: assignmentForm(createAssignmentInput) },
  async ({ user, args: [deepLinkId], form }) => {
    const h = await headers();
    const base = toolBaseUrl(new Request(`${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}/`));
    await answerLtiDeepLink({ user, id: deepLinkId, input: form, base });
    redirect(`/api/lti/deep-link/${deepLinkId}`);
  },
);
