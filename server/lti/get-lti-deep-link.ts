import "server-only";
import { notFound } from "next/navigation";
import type { SessionUser } from "../auth/session";
import { ownedClassWhere } from "../classes/class-access";
import { db } from "../db";

/** A Deep Linking request of this teacher, in a class they own; anyone else (or no such request) gets a 404. */
export async function getLtiDeepLink(opts: { user: SessionUser; id: string }) {
  const dl = await db.ltiDeepLink.findFirst({
    where: { id: opts.id, userId: opts.user.id, context: { class: ownedClassWhere(opts.user) } },
    select: {
      id: true,
      returnUrl: true,
      expiresAt: true,
      responseJwt: true,
      assignmentId: true,
      platform: { select: { name: true } },
      context: { select: { class: { select: { id: true, name: true } } } },
    },
  });
  if (!dl) notFound();
  return { ...dl, expired: dl.expiresAt < new Date(), answered: dl.responseJwt !== null };
}
