"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { JoinState } from "@/lib/live/types";
import { requireUser } from "@/server/auth/session";
import { expectedFailure, formArg } from "@/server/http/action-input";
import { findSessionByCode } from "@/server/live/find-session-by-code";

const input = z.object({ code: z.string().max(32) });

export async function joinLiveAction(_prev: JoinState, form: FormData): Promise<JoinState> {
  let code = "";
  let sessionId: string;
  try {
    const parsed = input.safeParse({ code: formArg(form).get("code") ?? "" });
    code = parsed.success ? parsed.data.code : "";
    sessionId = await findSessionByCode({ user: await requireUser(), code });
  } catch (e) {
    return { ...expectedFailure(e), code };
  }
  redirect(`/live/${sessionId}`);
}
