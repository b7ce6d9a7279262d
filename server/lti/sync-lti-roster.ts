import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { planRoster, type RosterPlan, type RosterSyncResult } from "@/lib/lti/nrps";
import { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session";
import { ownedClassWhere } from "../classes/class-access";
import { db, type Tx } from "../db";
import { fetchLtiRoster } from "./fetch-lti-roster";
import { newLtiAccount } from "./lti-account";

/**
 * "Sync roster from <LMS>" on an LMS course's class: reads the course's roster (NRPS 2.0) and makes the class
 * match it, in one transaction after every page was read. Each learner gets an account linked by platform and
 * `sub` (made now if they never launched: no password, they come in through the LMS); active learners are
 * enrolled; Inactive ones, and LMS learners of the class the roster no longer lists, are taken out of the class
 * and marked so, keeping their account and their work (as "Remove student" does). Teachers and other roles are
 * not enrolled. Only the class's own teacher may sync it.
 */
export async function syncLtiRoster(opts: { user: SessionUser; classId: string }): Promise<RosterSyncResult> {
  const context = await db.ltiContext.findFirst({
    where: { classId: opts.classId, class: ownedClassWhere(opts.user) },
    include: { platform: true },
  });
  if (!context) throw new AppError("NOT_FOUND", "This class is not linked to an LMS course.");
  if (!context.platform.enabled)
    throw new AppError("INVALID", `${context.platform.name} is turned off in Passage; an admin can turn it on.`);
  if (!context.membershipsUrl)
    throw new AppError(
      "INVALID",
      `${context.platform.name} has not offered Passage this course's roster. Ask your LMS admin to turn on the roster service (Names and Role Provisioning) for Passage, then open Passage from the course once.`,
    );
  const members = await fetchLtiRoster(context.platform, { url: context.membershipsUrl, contextId: context.contextId });
  const plan = planRoster(members);
  for (let i = 0; ; i++) {
    try {
      return await db.$transaction((tx) => apply(tx, context, plan), { timeout: 60_000 });
    } catch (e) {
      // A learner's first launch (or another sync) made the same account meanwhile: the retry finds it.
      if (i < 2 && e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") continue;
      throw e;
    }
  }
}

type Context = { id: string; classId: string; platform: { id: string; issuer: string } };

async function apply(tx: Tx, context: Context, plan: RosterPlan): Promise<RosterSyncResult> {
  const { platform, classId } = context;
  const result: RosterSyncResult = {
    members: plan.members,
    enrolled: 0,
    added: 0,
    inactive: 0,
    removed: 0,
    skipped: 0,
  };
  const links = await tx.ltiUserLink.findMany({
    where: { platformId: platform.id, sub: { in: plan.learners.map((l) => l.sub) } },
    select: { sub: true, user: { select: { id: true, role: true } } },
  });
  const bySub = new Map(links.map((l) => [l.sub, l.user]));
  const enrolledBefore = new Set(
    (await tx.enrollment.findMany({ where: { classId }, select: { userId: true } })).map((e) => e.userId),
  );
  const status = new Map<string, "ACTIVE" | "INACTIVE" | "REMOVED">();
  for (const l of plan.learners) {
    let user = bySub.get(l.sub);
    if (!user) {
      user = await tx.user.create({
        data: newLtiAccount(platform, l.sub, l.name, "STUDENT"),
        select: { id: true, role: true },
      });
      result.added++;
    }
    // One account, one role: a teacher's account is not enrolled as a learner (the launch refuses it too).
    if (user.role !== "STUDENT") {
      result.skipped++;
      continue;
    }
    status.set(user.id, l.status);
    if (l.status === "ACTIVE") result.enrolled++;
    else if (l.status === "INACTIVE") result.inactive++;
    else if (enrolledBefore.has(user.id)) result.removed++;
  }
  // LMS learners of this class the roster no longer lists: removed from the course.
  const gone = await tx.enrollment.findMany({
    where: {
      classId,
      userId: { notIn: [...status.keys()] },
      user: { role: "STUDENT", ltiLinks: { some: { platformId: platform.id } } },
    },
    select: { userId: true },
  });
  for (const g of gone) {
    status.set(g.userId, "REMOVED");
    result.removed++;
  }
  // Memberships the LMS once listed as active but no longer does (the student was already out of the class).
  const stale = await tx.ltiMembership.findMany({
    where: { contextId: context.id, status: "ACTIVE", userId: { notIn: [...status.keys()] } },
    select: { userId: true },
  });
  for (const s of stale) status.set(s.userId, "REMOVED");

  const ids = (want: string) => [...status].filter(([, s]) => s === want).map(([id]) => id);
  await tx.enrollment.createMany({ data: ids("ACTIVE").map((userId) => ({ classId, userId })), skipDuplicates: true });
  await tx.enrollment.deleteMany({ where: { classId, userId: { in: [...ids("INACTIVE"), ...ids("REMOVED")] } } });
  await tx.ltiMembership.createMany({
    data: [...status].map(([userId, s]) => ({ contextId: context.id, userId, status: s })),
    skipDuplicates: true,
  });
  for (const s of ["ACTIVE", "INACTIVE", "REMOVED"] as const)
    await tx.ltiMembership.updateMany({
      where: { contextId: context.id, userId: { in: ids(s) }, status: { not: s } },
      data: { status: s },
    });
  await tx.ltiContext.update({ where: { id: context.id }, data: { rosterSyncedAt: new Date() } });
  return result;
}
