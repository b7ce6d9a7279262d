"use client";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useAppRouter } from "@/components/ui/nav-progress";
import { sameSitePath } from "@/lib/security/same-site-path";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";

export function SignInForm({ callbackUrl, notice }: { callbackUrl?: string; notice?: string }) {
  const router = useAppRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    try {
      const res = await signIn("credentials", {
        redirect: false,
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
      });
      if (!res || res.error) {
        setError(
          res?.error && res.error !== "CredentialsSignin"
            ? res.error
            : "That email and password do not match an account. Check them and try again.",
        );
        setPending(false);
        return;
      }
      // Only a same-site path may be the destination (no open redirect). The button keeps saying "Signing in…"
      // (and the loading bar runs) until that page replaces this one.
      router.replace(sameSitePath(callbackUrl, window.location.origin, "/dashboard"));
      router.refresh();
    } catch {
      setError("We could not reach the server. Check your connection and try again.");
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {notice && <Alert tone="info">{notice}</Alert>}
      {error && <Alert tone="error">{error}</Alert>}
      <Field label="Email" name="email" type="email" autoComplete="email" required />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
