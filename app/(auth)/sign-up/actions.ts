"use server";
import { isAppError } from "@/lib/errors/app-error";
import { createUser, signUpSchema } from "@/server/auth/create-user";

export type SignUpState = { ok: boolean; message?: string; fieldErrors?: Record<string, string> };

export async function signUpAction(_prev: SignUpState, form: FormData): Promise<SignUpState> {
  const parsed = signUpSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { ok: false, message: "Check the highlighted fields.", fieldErrors };
  }
  try {
    await createUser(parsed.data);
    return { ok: true };
  } catch (e) {
    if (isAppError(e)) return { ok: false, message: e.message, fieldErrors: e.fieldErrors };
    throw e;
  }
}
