import { Link } from "@/components/ui/link";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { signInHref } from "@/lib/auth/auth-links";
import { instructorRoleNote } from "@/lib/auth/instructor-signup-policy";
import { sameSitePathOrNone } from "@/lib/security/same-site-path";
import { getSignupPolicy } from "@/server/auth/get-signup-policy";
import { findRosterInvite } from "@/server/classes/find-roster-invite";
import { isInviteUsable } from "@/server/invites/is-invite-usable";
import { signUpAction } from "./actions";

export const metadata = { title: "Create an account" };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[]; invite?: string | string[]; roster?: string | string[] }>;
}) {
  const sp = await searchParams;
  const next = sameSitePathOrNone(sp.next);
  const token = typeof sp.invite === "string" && sp.invite !== "" ? sp.invite : undefined;
  const invited = token ? await isInviteUsable(token) : false;
  const joining = next?.startsWith("/join/");
  const rosterToken = typeof sp.roster === "string" && sp.roster !== "" ? sp.roster : undefined;
  const roster = rosterToken ? await findRosterInvite(rosterToken) : null;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">Create an account</h1>
      <p className="mb-6 text-slate-600">
        Already have one?{" "}
        <Link href={signInHref(next)} className="font-semibold text-brand-700 underline">
          Sign in
        </Link>
        .
      </p>
      <div className="mb-4 space-y-2 empty:hidden">
        {invited && <Alert tone="info">You are invited to join as an instructor. This link works once.</Alert>}
        {token && !invited && (
          <Alert tone="warning">
            This invitation link has expired, was withdrawn or was already used. Ask your Passage admin for a new one;
            you can still sign up as a student.
          </Alert>
        )}
        {roster && (
          <Alert tone="info">
            You are invited to join the class {roster.class.name}. Choose a password; this link works once.
          </Alert>
        )}
        {rosterToken && !roster && (
          <Alert tone="warning">
            This class invitation link has expired or was already used. If you made your account with it, sign in;
            otherwise ask your instructor for a new link, or sign up and join with the class code.
          </Alert>
        )}
        {joining && <Alert tone="info">Create your account, then you will be taken back to join the class.</Alert>}
      </div>
      <Card>
        <SignUpForm
          action={signUpAction}
          next={next}
          invite={invited ? token : undefined}
          roster={roster && rosterToken ? { token: rosterToken, email: roster.email, name: roster.name } : undefined}
          roleNote={invited ? undefined : instructorRoleNote(getSignupPolicy())}
          defaultRole={invited ? "INSTRUCTOR" : "STUDENT"}
        />
      </Card>
    </div>
  );
}
