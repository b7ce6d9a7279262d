"use server";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/classes/form-state";
import { isAppError } from "@/lib/errors/app-error";
import { requireStudent } from "@/server/auth/session";
import { joinClass, joinCodeInput } from "@/server/classes/join-class";

export async function joinClassAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireStudent().catch((e) => {
    if (isAppError(e) && e.code === "FORBIDDEN") return null;
    throw e;
  });
  if (!user) return { ok: false, message: "Only student accounts can join a class. Sign in with your student account." };
  const parsed = joinCodeInput.safeParse({ code: form.get("code") ?? "" });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message, fieldErrors: { code: parsed.error.issues[0]?.message ?? "Check the code." } };
  let classId: string;
  try {
    classId = (await joinClass({ user, code: parsed.data.code })).id;
  } catch (e) {
    if (isAppError(e)) return { ok: false, message: e.message, fieldErrors: e.fieldErrors };
    throw e;
  }
  redirect(`/dashboard?joined=${classId}`);
}
