import "server-only";
import { CLAIM, displayName } from "@/lib/lti/lti-claims";
import { LtiLaunchError } from "@/lib/lti/lti-launch-error";
import type { Tx } from "../db";
import type { LaunchDestination } from "./provision-lti-launch";
import type { VerifiedLaunch } from "./verify-launch-token";

type ReviewLaunch = Extract<VerifiedLaunch, { kind: "submission-review" }>;

/**
 * Where a submission review launch (LTI Submission Review Service 1.0) goes: the learner's attempt on the link's
 * assignment, on the teacher's attempt page; a learner reviewing their own submission lands on their assignment
 * page. The launcher is already known to be this course's teacher (or that learner): provisionLtiLaunch checked it.
 * A learner Passage has not met, or who is no longer in the class, gets a notice instead of a 404.
 */
export async function reviewDestination(
  tx: Tx,
  launch: ReviewLaunch,
  at: { contextId: string; classId: string; user: { id: string } },
): Promise<LaunchDestination> {
  const { platform, claims } = launch;
  const link = await tx.ltiResourceLink.findUnique({
    where: { platformId_resourceLinkId: { platformId: platform.id, resourceLinkId: claims[CLAIM.resourceLink].id } },
    select: { contextId: true, assignmentId: true },
  });
  if (!link || link.contextId !== at.contextId || !link.assignmentId)
    throw new LtiLaunchError(
      "review_link",
      "This link has no Passage assignment yet, so there is no submission to open. Nothing was changed.",
    );
  const forUser = claims[CLAIM.forUser];
  const learner = await tx.ltiUserLink.findUnique({
    where: { platformId_sub: { platformId: platform.id, sub: forUser.user_id } },
    select: { userId: true, user: { select: { name: true, enrollments: { where: { classId: at.classId } } } } },
  });
  const assignment = `/assignments/${link.assignmentId}`;
  if (!learner || learner.user.enrollments.length === 0)
    return {
      userId: at.user.id,
      target: assignment,
      notice: `${learner?.user.name ?? displayName(forUser)} has not opened this assignment in Passage, so there is no submission to show.`,
    };
  if (learner.userId === at.user.id) return { userId: at.user.id, target: assignment, notice: null };
  return { userId: at.user.id, target: `${assignment}/report/students/${learner.userId}`, notice: null };
}
