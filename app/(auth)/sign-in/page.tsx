import { Link } from "@/components/ui/link";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { signUpHref } from "@/lib/auth/auth-links";
import { sameSitePathOrNone } from "@/lib/security/same-site-path";

export const metadata = { title: "Sign in" };

/** What the page says when it was sent here: a join link is often a new student's first visit. */
function noticeFor(callbackUrl: string | undefined) {
  if (!callbackUrl) return undefined;
  if (callbackUrl.startsWith("/join/"))
    return "Sign in to join the class. New here? Create an account: you will come back here to join.";
  if (callbackUrl.startsWith("/assignments/")) return "Sign in to continue. Your work is saved and waiting.";
  return "Sign in to continue.";
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[]; error?: string }>;
}) {
  const sp = await searchParams;
  const callbackUrl = sameSitePathOrNone(sp.callbackUrl);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">Sign in</h1>
      <p className="mb-6 text-slate-600">
        New here?{" "}
        <Link href={signUpHref(callbackUrl)} className="font-semibold text-brand-700 underline">
          Create an account
        </Link>
        .
      </p>
      <Card>
        <SignInForm callbackUrl={callbackUrl} notice={noticeFor(callbackUrl)} />
      </Card>
    </div>
  );
}
