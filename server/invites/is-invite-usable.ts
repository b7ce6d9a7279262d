import "server-only";
import { db } from "../db";
import { hashInviteToken } from "../auth/invite-token";
import { usableInviteWhere } from "./invite-access";

/** For the sign-up page: whether a link's invitation can still be used (sign-up checks again, atomically). */
export async function isInviteUsable(token: string): Promise<boolean> {
  if (token.length > 100) return false;
  const found = await db.instructorInvite.findFirst({
    where: { tokenHash: hashInviteToken(token), ...usableInviteWhere() },
    select: { id: true },
  });
  return found !== null;
}
