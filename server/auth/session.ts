import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/errors/app-error";
import { db } from "../db";
import { authOptions } from "./auth-options";

/** `isAdmin` is read from the database with the rest (never from the token); absent means not an admin. */
export type SessionUser = {
  id: string;
  role: "INSTRUCTOR" | "STUDENT";
  name: string;
  email: string;
  isAdmin?: boolean;
};

/** The signed-in user, or null. A session whose user was deleted, or that was signed out, counts as signed out. */
// cache(): the layout, the page and its metadata all ask; one request decodes the session and reads the user once.
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const u = session?.user;
  if (!u?.id) return null;
  const exists = await db.user.findUnique({
    where: { id: u.id },
    select: { id: true, role: true, name: true, email: true, sessionVersion: true, isAdmin: true },
  });
  // A session from before a sign-out (a copied cookie) counts as signed out too.
  if (!exists || exists.sessionVersion !== (session?.sv ?? 0)) return null;
  return { id: exists.id, role: exists.role, name: exists.name, email: exists.email, isAdmin: exists.isAdmin };
});

/** For pages: sends anonymous visitors to sign in and back here afterwards. */
export async function requireUserPage(callbackPath: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return user;
}

export async function requireInstructorPage(callbackPath: string): Promise<SessionUser> {
  const user = await requireUserPage(callbackPath);
  if (user.role !== "INSTRUCTOR") redirect("/dashboard?denied=instructor");
  return user;
}

/** Admin pages (instructor invitations): other users are sent to their dashboard with a note. */
export async function requireAdminPage(callbackPath: string): Promise<SessionUser> {
  const user = await requireUserPage(callbackPath);
  if (!user.isAdmin) redirect("/dashboard?denied=admin");
  return user;
}

/** For route handlers and server actions: throws AppError, mapped to 401/403 in one place. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again to continue.");
  return user;
}

export async function requireInstructor(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "INSTRUCTOR") throw new AppError("FORBIDDEN", "Only instructors can do this.");
  return user;
}

export async function requireStudent(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "STUDENT") throw new AppError("FORBIDDEN", "Only students can do this.");
  return user;
}

export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireUser();
  if (!user.isAdmin) throw new AppError("FORBIDDEN", "Only an admin can do this.");
  return user;
}
