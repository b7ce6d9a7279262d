"use server";
import { expectedFailure, formArg, refuseNul } from "@/server/http/action-input";
import { createUser, signUpSchema } from "@/server/auth/create-user";

export type SignUpState = { ok: boolean; message?: string; fieldErrors?: Record<string, string> };

export async function signUpAction(_prev: SignUpState, form: FormData): Promise<SignUpState> {
  try {
    refuseNul(form);
    const parsed = signUpSchema.safeParse(Object.fromEntries(formArg(form)));
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
      return { ok: false, message: "Check the highlighted fields.", fieldErrors };
    }
    await createUser(parsed.data);
    return { ok: true };
  } catch (e) {
    return { ok: false, ...expectedFailure(e) };
  }
}
