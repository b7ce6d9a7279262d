import "server-only";
import { encode } from "next-auth/jwt";
import { authOptions } from "../auth/auth-options";
import { db } from "../db";

/**
 * Signs a launched user in: the same next-auth JWT session cookie the credentials sign-in makes (decision 0006),
 * with the user's current session version so sign-out ends it like any other. SameSite=Lax: the launch ends in
 * a top-level window (the iframe case continues in a new one, see createLtiHandoff).
 */
export async function mintSessionCookie(userId: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, sessionVersion: true },
  });
  const maxAge = authOptions.session?.maxAge ?? 12 * 60 * 60;
  const secret = authOptions.secret ?? process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  const token = await encode({
    secret,
    maxAge,
    token: { name: user.name, email: user.email, sub: user.id, uid: user.id, role: user.role, sv: user.sessionVersion },
  });
  const secure = authOptions.useSecureCookies === true;
  const name = secure ? "__Secure-next-auth.session-token" : "next-auth.session-token";
  return `${name}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure ? "; Secure" : ""}`;
}
