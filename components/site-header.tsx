import { Suspense } from "react";
import { Link } from "@/components/ui/link";
import { AuthLinks, HeaderAuthLinks } from "./auth/header-auth-links";
import { SignOutButton } from "./auth/sign-out-button";
import { SiteNav } from "./site-nav";

type NavUser = { name: string; role: "INSTRUCTOR" | "STUDENT"; isAdmin?: boolean } | null;

const instructorLinks = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/essays", label: "Essays" },
  { href: "/sets", label: "Question sets" },
  { href: "/classes", label: "Classes" },
];
const studentLinks = [
  { href: "/dashboard", label: "My work" },
  { href: "/essays", label: "Essays" },
  { href: "/join", label: "Join a class" },
  { href: "/live", label: "Live" },
];

export function SiteHeader({ user }: { user: NavUser }) {
  const links = !user
    ? [{ href: "/essays", label: "Essays" }]
    : user.role === "INSTRUCTOR"
      ? user.isAdmin
        ? [...instructorLinks, { href: "/admin/invites", label: "Invitations" }, { href: "/admin/lti", label: "LMS" }]
        : instructorLinks
      : studentLinks;
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2">
        <Link href="/" className="flex items-center gap-2 py-1 font-bold text-slate-900">
          <span
            aria-hidden="true"
            className="grid h-8 w-8 place-items-center rounded-lg bg-brand-600 text-sm text-white"
          >
            ¶
          </span>
          Passage
        </Link>
        <SiteNav links={links} />
        <div className="ml-auto flex items-center gap-2">
          {user ? (
            <>
              <span className="hidden text-sm text-slate-600 sm:inline">
                {user.name} · {user.role === "INSTRUCTOR" ? "Instructor" : "Student"}
              </span>
              <SignOutButton />
            </>
          ) : (
            <Suspense fallback={<AuthLinks />}>
              <HeaderAuthLinks />
            </Suspense>
          )}
        </div>
      </div>
    </header>
  );
}
