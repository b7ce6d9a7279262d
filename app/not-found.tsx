import { ButtonLink } from "@/components/ui/button";
import { getSessionUser } from "@/server/auth/session";

/** The advice fits the reader: a student asks their instructor; an instructor is the one who would be asked. */
function advice(role: "INSTRUCTOR" | "STUDENT" | null): string {
  if (role === "INSTRUCTOR") return "Check the link, or find the page from your classes and question sets.";
  if (role === "STUDENT") return "Check the link, or ask your instructor for a new one.";
  return "Check the link, or sign in with the account that has access to it.";
}

export default async function NotFound() {
  const user = await getSessionUser();
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2 text-slate-600">
        This page does not exist, or you do not have access to it. {advice(user?.role ?? null)}
      </p>
      <div className="mt-6">
        <ButtonLink href={user ? "/dashboard" : "/sign-in"}>{user ? "Go to your dashboard" : "Sign in"}</ButtonLink>
      </div>
    </div>
  );
}
