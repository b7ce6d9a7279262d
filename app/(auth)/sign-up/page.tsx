import Link from "next/link";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card } from "@/components/ui/card";
import { signUpAction } from "./actions";

export const metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">Create an account</h1>
      <p className="mb-6 text-slate-600">
        Already have one?{" "}
        <Link href="/sign-in" className="font-semibold text-brand-700 underline">
          Sign in
        </Link>
        .
      </p>
      <Card>
        <SignUpForm action={signUpAction} next={next} />
      </Card>
    </div>
  );
}
