"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { startAttempt } from "@/server/attempts/start-attempt";
import { idSchema } from "@/server/http/action-input";
import { studentAction } from "@/server/http/server-action";

/** Start (or resume) an attempt, then go to the questions. Safe to click twice: create-or-get.
 *  StartAttemptButton: startAttemptAction.bind(null, assignmentId, another)(prev). */
export const startAttemptAction = studentAction(
  { args: [idSchema, z.boolean()], state: true },
  async ({ user, args: [assignmentId, another] }) => {
    await startAttempt({ user, assignmentId, another });
    redirect(`/assignments/${assignmentId}/take`);
  },
);
