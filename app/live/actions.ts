"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { isAppError } from "@/lib/errors/app-error";
import type { JoinState } from "@/lib/live/types";
import { requireUser } from "@/server/auth/session";
import { findSessionByCode } from "@/server/live/find-session-by-code";


const input = z.object({ code: z.string().max(32) });

export async function joinLiveAction(_prev: JoinState, form: FormData): Promise<JoinState> {
  const parsed = input.safeParse({ code: form.get("code") ?? "" });
  const code = parsed.success ? parsed.data.code : "";
  let sessionId: string;
  try {
    sessionId = await findSessionByCode({ user: await requireUser(), code });
  } catch (e) {
    if (isAppError(e)) return { message: e.message, fieldErrors: e.fieldErrors, code };
    throw e;
  }
  redirect(`/live/${sessionId}`);
}
