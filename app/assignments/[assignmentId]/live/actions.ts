"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { idSchema, textField } from "@/server/http/action-input";
import { formInput, instructorAction } from "@/server/http/server-action";
import { startLiveSession } from "@/server/live/start-live-session";

const startForm = formInput(
  (f) => ({ assignmentId: textField(f, "assignmentId"), timer: textField(f, "timer") }),
  z.object({
    assignmentId: idSchema,
    timer: z.enum(["0", "10", "20", "30", "45", "60", "90", "120"], { message: "Choose a time limit from the list." }),
  }),
);

/** StartLiveForm: startLiveAction(prev, form). The form shows only a message, so it is the first issue's own. */
export const startLiveAction = instructorAction(
  { state: true, form: startForm, invalid: "first-issue" },
  async ({ user, form }) => {
    const timer = Number(form.timer);
    const sessionId = await startLiveSession({
      user,
      assignmentId: form.assignmentId,
      timerSeconds: timer > 0 ? timer : null,
    });
    redirect(`/live/${sessionId}/present`);
  },
);
