"use server";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/classes/form-state";
import { isAppError } from "@/lib/errors/app-error";
import { requireStudent } from "@/server/auth/session";
import { joinClass, joinCodeInput } from "@/server/classes/join-class";
import { expectedFailure, formArg } from "@/server/http/action-input";

export async function joinClassAction(_prev: FormState, form: FormData): Promise<FormState> {
  let classId: string;
  try {
    const user = await requireStudent().catch((e) => {
      if (isAppError(e) && e.code === "FORBIDDEN") return null;
      throw e;
    });
    if (!user) return { ok: false, message: "Only student accounts can join a class. Sign in with your student account." };
    const parsed = joinCodeInput.safeParse({ code: formArg(form).get("code") ?? "" });
    if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message, fieldErrors: { code: parsed.error.issues[0]?.message ?? "Check the code." } };
    classId = (await joinClass({ user, code: parsed.data.code })).id;
  } catch (e) {
    return { ok: false, ...expectedFailure(e) };
  }
  redirect(`/dashboard?joined=${classId}`);
}
