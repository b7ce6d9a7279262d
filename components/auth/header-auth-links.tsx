"use client";
// The signed-out header's two buttons, leading back to where the visitor was (lib/auth/auth-links.ts).
import { usePathname, useSearchParams } from "next/navigation";
import { Link } from "@/components/ui/link";
import { headerAuthLinks } from "@/lib/auth/auth-links";

export function HeaderAuthLinks() {
  const pathname = usePathname() ?? "/";
  const search = useSearchParams();
  return <AuthLinks {...headerAuthLinks(pathname, search ?? new URLSearchParams())} />;
}

/** The plain links, for the moment before the address is known (a prerendered page). */
export function AuthLinks({ signIn = "/sign-in", signUp = "/sign-up" }: { signIn?: string; signUp?: string }) {
  return (
    <>
      <Link href={signIn} className="rounded-lg px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100">
        Sign in
      </Link>
      <Link
        href={signUp}
        className="rounded-lg bg-brand-600 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-700"
      >
        Sign up
      </Link>
    </>
  );
}
