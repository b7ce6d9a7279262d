import "server-only";
import { hashInviteToken } from "../auth/invite-token";
import { db } from "../db";

/** For the sign-up page: the class and address a roster invitation link is for, if it can still be used (sign-up
 *  checks again, atomically). */
export async function findRosterInvite(token: string) {
  if (token.length > 100) return null;
  return db.rosterInvite.findFirst({
    where: { tokenHash: hashInviteToken(token), usedAt: null, expiresAt: { gt: new Date() } },
    select: { email: true, name: true, class: { select: { name: true } } },
  });
}
