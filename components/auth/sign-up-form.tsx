"use client";
import { signIn } from "next-auth/react";
import { Link } from "@/components/ui/link";
import { useAppRouter } from "@/components/ui/nav-progress";
import { useActionState, useEffect, useRef } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { signInHref } from "@/lib/auth/auth-links";
import { sameSitePath } from "@/lib/security/same-site-path";
import { EMAIL_TAKEN } from "@/lib/auth/sign-up-messages";
import { keepInputOnSubmit } from "../ui/keep-input-on-submit";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;
type Role = "STUDENT" | "INSTRUCTOR";

/** `next`: a same-site path to go on to (checked by the page); `invite`: an instructor invitation's token;
 *  `roster`: a class's roster invitation (its token and the student's address and name from the roster);
 *  `roleNote`: what the deployment asks of instructors (INSTRUCTOR_SIGNUP). */
export function SignUpForm({
  action,
  next,
  invite,
  roster,
  roleNote,
  defaultRole = "STUDENT",
}: {
  action: Action;
  next?: string;
  invite?: string;
  roster?: { token: string; email: string; name: string };
  roleNote?: string;
  defaultRole?: Role;
}) {
  const router = useAppRouter();
  const creds = useRef<{ email: string; password: string } | null>(null);
  const [state, formAction, pending] = useActionState<ActionState, FormData>(
    async (prev, form) => {
      creds.current = { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
      return action(prev, form);
    },
    { ok: false },
  );

  useEffect(() => {
    if (!state.ok || !creds.current) return;
    const { email, password } = creds.current;
    creds.current = null;
    void signIn("credentials", { redirect: false, email, password }).then(() => {
      router.replace(sameSitePath(next, window.location.origin, "/dashboard?welcome=1"));
      router.refresh();
    });
  }, [state, router, next]);

  const fe = state.fieldErrors ?? {};
  const signInLink = signInHref(next);
  return (
    // keepInputOnSubmit: no automatic reset, so a refusal keeps what was typed and the chosen role.
    <form onSubmit={keepInputOnSubmit(formAction)} className="space-y-4" noValidate>
      {state.message && !state.ok && (
        <Alert tone="error">
          {fe.email === EMAIL_TAKEN ? (
            <>
              {EMAIL_TAKEN}{" "}
              <Link href={signInLink} className="font-semibold underline">
                Sign in instead
              </Link>
              .
            </>
          ) : (
            state.message
          )}
        </Alert>
      )}
      {state.ok && <Alert tone="success">Account created. Signing you in…</Alert>}
      {invite && <input type="hidden" name="invite" value={invite} />}
      {roster && <input type="hidden" name="roster" value={roster.token} />}
      <Field label="Full name" name="name" autoComplete="name" required error={fe.name} defaultValue={roster?.name} />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        error={fe.email}
        defaultValue={roster?.email}
        readOnly={roster !== undefined}
        hint={roster ? "The address your instructor listed for you." : undefined}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        error={fe.password}
        hint="At least 8 characters."
      />
      {roster ? (
        <input type="hidden" name="role" value="STUDENT" />
      ) : (
        <fieldset aria-describedby={roleNote ? "role-note" : undefined}>
          <legend className="text-sm font-medium text-slate-800">I am a…</legend>
          <div className="mt-2 grid grid-cols-2 gap-2">
            {[
              { value: "STUDENT", label: "Student" },
              { value: "INSTRUCTOR", label: "Instructor" },
            ].map((r) => (
              <label
                key={r.value}
                className="flex cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
              >
                <input
                  type="radio"
                  name="role"
                  value={r.value}
                  defaultChecked={r.value === defaultRole}
                  className="h-4 w-4 accent-brand-600"
                />
                <span className="text-sm font-medium">{r.label}</span>
              </label>
            ))}
          </div>
          {roleNote && (
            <p id="role-note" className="mt-1 text-sm text-slate-600">
              {roleNote}
            </p>
          )}
          {fe.role && <p className="mt-1 text-sm font-medium text-red-700">{fe.role}</p>}
        </fieldset>
      )}
      <Button type="submit" disabled={pending || state.ok} className="w-full">
        {pending ? "Creating account…" : "Create account"}
      </Button>
    </form>
  );
}
