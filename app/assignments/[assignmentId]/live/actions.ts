"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { isAppError } from "@/lib/errors/app-error";
import { requireInstructor } from "@/server/auth/session";
import { startLiveSession } from "@/server/live/start-live-session";

export type StartState = { message?: string };

const input = z.object({
  assignmentId: z.string().min(1).max(64),
  timer: z.enum(["0", "10", "20", "30", "45", "60", "90", "120"], { message: "Choose a time limit from the list." }),
});

export async function startLiveAction(_prev: StartState, form: FormData): Promise<StartState> {
  const parsed = input.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? "Check the form and try again." };
  let sessionId: string;
  try {
    const timer = Number(parsed.data.timer);
    sessionId = await startLiveSession({ user: await requireInstructor(), assignmentId: parsed.data.assignmentId, timerSeconds: timer > 0 ? timer : null });
  } catch (e) {
    if (isAppError(e)) return { message: e.message };
    throw e;
  }
  redirect(`/live/${sessionId}/present`);
}
