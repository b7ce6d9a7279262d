import "server-only";
import {
  ASSIGNMENT_CUSTOM_KEY,
  CLAIM,
  courseName,
  displayName,
  membershipsUrl,
  scoreLineItem,
} from "@/lib/lti/lti-claims";
import { LtiLaunchError } from "@/lib/lti/lti-launch-error";
import { Prisma } from "../generated/prisma/client";
import { newJoinCode } from "../classes/new-join-code";
import { db, type Tx } from "../db";
import { newLtiAccount } from "./lti-account";
import { reviewDestination } from "./review-destination";
import type { VerifiedLaunch } from "./verify-launch-token";

export type LaunchDestination = { userId: string; target: string; notice: string | null };

/**
 * Turns a verified launch into Passage's terms, in one transaction: the LMS user becomes an account linked by
 * platform registration + sub (newLtiAccount), the course a class (made by its first teacher's launch), the link a
 * resource link. Students land on the link's assignment; teachers on it or on the class; a submission review on
 * the learner's attempt (reviewDestination).
 */
export async function provisionLtiLaunch(launch: VerifiedLaunch): Promise<LaunchDestination> {
  for (let i = 0; ; i++) {
    try {
      return await db.$transaction((tx) => provision(tx, launch));
    } catch (e) {
      // Two first launches of the same person or course at once: the loser retries and finds the winner's rows.
      if (i < 2 && e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") continue;
      throw e;
    }
  }
}

/** A Deep Linking request is answered on this page, by its teacher, within this time. */
const DEEP_LINK_TTL_MS = 60 * 60_000;

async function provision(tx: Tx, launch: VerifiedLaunch): Promise<LaunchDestination> {
  const { platform, claims, role } = launch;
  const deploymentId = claims[CLAIM.deploymentId];
  const ctx = claims[CLAIM.context];
  const context = await tx.ltiContext.findUnique({
    where: { platformId_deploymentId_contextId: { platformId: platform.id, deploymentId, contextId: ctx.id } },
    include: { class: { select: { instructorId: true, instructor: { select: { name: true } } } } },
  });
  if (!context && role === "STUDENT")
    throw new LtiLaunchError(
      "course_not_ready",
      "Your teacher has not opened Passage from this course yet. Try again later.",
    );
  if (!context && launch.kind === "submission-review")
    throw new LtiLaunchError(
      "course_not_ready",
      "This course has no class in Passage yet, so there is nothing to review.",
    );

  const user = await linkedUser(tx, platform, claims.sub, displayName(claims), role);
  if (context && role === "INSTRUCTOR" && context.class.instructorId !== user.id)
    throw new LtiLaunchError(
      "course_taken",
      `This course's class in Passage belongs to ${context.class.instructor.name}; Passage has one teacher per class.`,
    );

  // The roster's address comes with launches (NRPS 2.0 §3.6.1); the latest one is kept.
  const roster = membershipsUrl(claims);
  const classId =
    context?.classId ??
    (
      await tx.ltiContext.create({
        data: {
          platform: { connect: { id: platform.id } },
          deploymentId,
          contextId: ctx.id,
          title: courseName(ctx),
          membershipsUrl: roster,
          class: {
            create: { name: courseName(ctx), joinCode: newJoinCode(), instructor: { connect: { id: user.id } } },
          },
        },
      })
    ).classId;
  if (context && roster && roster !== context.membershipsUrl)
    await tx.ltiContext.update({ where: { id: context.id }, data: { membershipsUrl: roster } });
  const contextRow = context ?? (await tx.ltiContext.findUniqueOrThrow({ where: { classId } }));
  if (launch.kind === "submission-review")
    return reviewDestination(tx, launch, { contextId: contextRow.id, classId, user });
  if (role === "STUDENT") {
    await tx.enrollment.upsert({
      where: { classId_userId: { classId, userId: user.id } },
      update: {},
      create: { classId, userId: user.id },
    });
    // The LMS launched them, so they are active there, whatever the last roster sync said.
    await tx.ltiMembership.updateMany({
      where: { contextId: contextRow.id, userId: user.id, status: { not: "ACTIVE" } },
      data: { status: "ACTIVE" },
    });
  }

  if (launch.kind === "deep-link") {
    const settings = launch.claims[CLAIM.deepLinking];
    const dl = await tx.ltiDeepLink.create({
      data: {
        platformId: platform.id,
        contextId: contextRow.id,
        deploymentId,
        userId: user.id,
        returnUrl: settings.deep_link_return_url,
        data: settings.data ?? null,
        expiresAt: new Date(Date.now() + DEEP_LINK_TTL_MS),
      },
      select: { id: true },
    });
    return { userId: user.id, target: `/lti/deep-link/${dl.id}`, notice: null };
  }
  const rl = launch.claims[CLAIM.resourceLink];
  // The line item comes with every launch (the platform may make it late, e.g. once the teacher sets up grading).
  const lineItemUrl = scoreLineItem(launch.claims);
  const link = await tx.ltiResourceLink.upsert({
    where: { platformId_resourceLinkId: { platformId: platform.id, resourceLinkId: rl.id } },
    update: { title: rl.title?.slice(0, 500) ?? "", ...(lineItemUrl ? { lineItemUrl } : {}) },
    create: {
      platformId: platform.id,
      contextId: contextRow.id,
      resourceLinkId: rl.id,
      title: rl.title ?? "",
      lineItemUrl,
    },
    select: { assignmentId: true, contextId: true },
  });
  // A link is bound to the course it was first seen in; a launch naming it from another course goes to the class.
  let assignmentId = link.contextId === contextRow.id ? link.assignmentId : null;
  // A link a Deep Linking response made names its assignment in a custom parameter: taken only if the assignment
  // is in this course's class.
  const chosen = launch.claims[CLAIM.custom]?.[ASSIGNMENT_CUSTOM_KEY];
  if (!assignmentId && link.contextId === contextRow.id && typeof chosen === "string" && chosen.length <= 64) {
    const own = await tx.assignment.findFirst({ where: { id: chosen, classId }, select: { id: true } });
    if (own) {
      await tx.ltiResourceLink.update({
        where: { platformId_resourceLinkId: { platformId: platform.id, resourceLinkId: rl.id } },
        data: { assignmentId: own.id },
      });
      assignmentId = own.id;
    }
  }
  if (assignmentId) return { userId: user.id, target: `/assignments/${assignmentId}`, notice: null };
  return {
    userId: user.id,
    target: `/classes/${classId}`,
    notice:
      role === "STUDENT" ? "Your teacher has not chosen an assignment for this link yet. Your class is open." : null,
  };
}

async function linkedUser(
  tx: Tx,
  platform: { id: string; issuer: string },
  sub: string,
  name: string,
  role: "INSTRUCTOR" | "STUDENT",
) {
  const link = await tx.ltiUserLink.findUnique({
    where: { platformId_sub: { platformId: platform.id, sub } },
    select: { user: { select: { id: true, role: true } } },
  });
  if (link) {
    if (link.user.role !== role)
      throw new LtiLaunchError(
        "role_mismatch",
        `Your Passage account is a ${link.user.role === "INSTRUCTOR" ? "teacher" : "student"} account, but this course launched you as a ${role === "INSTRUCTOR" ? "teacher" : "student"}.`,
      );
    return link.user;
  }
  return tx.user.create({ data: newLtiAccount(platform, sub, name, role), select: { id: true, role: true } });
}
