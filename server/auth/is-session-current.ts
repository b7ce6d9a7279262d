import "server-only";
import type { JWT } from "next-auth/jwt";
import { db } from "../db";

/** Whether a decoded session token belongs to a user who still exists and has not signed out since it was made. */
export async function isSessionCurrent(token: Pick<JWT, "uid" | "sv">): Promise<boolean> {
  if (!token.uid) return false;
  const user = await db.user.findUnique({ where: { id: token.uid }, select: { sessionVersion: true } });
  return user !== null && user.sessionVersion === (token.sv ?? 0);
}
