"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireInstructor } from "@/server/auth/session";
import { expectedFailure, formArg, idSchema } from "@/server/http/action-input";
import { startLiveSession } from "@/server/live/start-live-session";

export type StartState = { message?: string };

const input = z.object({
  assignmentId: idSchema,
  timer: z.enum(["0", "10", "20", "30", "45", "60", "90", "120"], { message: "Choose a time limit from the list." }),
});

export async function startLiveAction(_prev: StartState, form: FormData): Promise<StartState> {
  let sessionId: string;
  try {
    const parsed = input.safeParse(Object.fromEntries(formArg(form)));
    if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? "Check the form and try again." };
    const timer = Number(parsed.data.timer);
    sessionId = await startLiveSession({ user: await requireInstructor(), assignmentId: parsed.data.assignmentId, timerSeconds: timer > 0 ? timer : null });
  } catch (e) {
    return { message: expectedFailure(e).message };
  }
  redirect(`/live/${sessionId}/present`);
}
