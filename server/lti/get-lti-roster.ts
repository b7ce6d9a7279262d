import "server-only";
import type { SessionUser } from "../auth/session";
import { ownedClassWhere } from "../classes/class-access";
import { db } from "../db";

/**
 * The LMS side of one of the instructor's classes, for its page: which LMS it came from, whether its roster can be
 * synced (the LMS offered NRPS and is enabled), when it last was, and the learners the LMS lists as inactive or no
 * longer lists (out of the class, their work kept). Null for a class that did not come from an LMS.
 */
export async function getLtiRoster(opts: { user: SessionUser; classId: string }) {
  const ctx = await db.ltiContext.findFirst({
    where: { classId: opts.classId, class: ownedClassWhere(opts.user) },
    select: {
      membershipsUrl: true,
      rosterSyncedAt: true,
      platform: { select: { name: true, enabled: true } },
      memberships: {
        where: { status: { not: "ACTIVE" } },
        orderBy: { user: { name: "asc" } },
        select: { status: true, user: { select: { id: true, name: true } } },
      },
    },
  });
  if (!ctx) return null;
  return {
    lmsName: ctx.platform.name,
    canSync: ctx.membershipsUrl !== null && ctx.platform.enabled,
    syncedAt: ctx.rosterSyncedAt?.toISOString() ?? null,
    notActive: ctx.memberships.map((m) => ({ id: m.user.id, name: m.user.name, status: m.status })),
  };
}
