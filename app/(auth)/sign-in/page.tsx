import Link from "next/link";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";

export const metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  const { callbackUrl } = await searchParams;
  const notice = callbackUrl ? "Sign in to continue. Your work is saved and waiting." : undefined;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">Sign in</h1>
      <p className="mb-6 text-slate-600">
        New here?{" "}
        <Link href="/sign-up" className="font-semibold text-brand-700 underline">
          Create an account
        </Link>
        .
      </p>
      <Card>
        <SignInForm callbackUrl={callbackUrl} notice={notice} />
      </Card>
    </div>
  );
}
