import "server-only";
import type { SessionUser } from "../auth/session";
import { db } from "../db";

/** The signed response of this teacher's answered Deep Linking request, or null. */
export async function getLtiDeepLinkResponse(opts: { user: SessionUser; id: string }) {
  const dl = await db.ltiDeepLink.findFirst({
    where: { id: opts.id, userId: opts.user.id, responseJwt: { not: null } },
    select: { returnUrl: true, responseJwt: true, assignment: { select: { title: true } } },
  });
  if (!dl?.responseJwt) return null;
  return { returnUrl: dl.returnUrl, jwt: dl.responseJwt, title: dl.assignment?.title ?? "the activity" };
}
