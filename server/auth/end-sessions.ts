import "server-only";
import { db } from "../db";

/**
 * Ends every session of a user: session tokens carry the user's session version (`sv`), and a token whose
 * version is not the current one is refused wherever a session is read (getSessionUser, sessionTokenFromCookies).
 * Called by sign-out; a password change must call it too.
 */
export async function endSessions(userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
