import "server-only";
import { randomUUID } from "node:crypto";
import { importJWK, SignJWT } from "jose";
import { ASSIGNMENT_CUSTOM_KEY, CLAIM } from "@/lib/lti/lti-claims";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { createAssignment } from "../assignments/create-assignment";
import type { CreateAssignmentInput } from "../assignments/assignment-settings-input";
import { ownedClassWhere } from "../classes/class-access";
import { db } from "../db";
import { getSigningToolKey } from "./get-signing-tool-key";

/**
 * Answers a Deep Linking request (LTI Deep Linking 2.0 §4.5): makes the assignment the teacher chose in the LMS
 * course's class, and signs the LtiDeepLinkingResponse: one `ltiResourceLink` to the tool, a `lineItem` worth the
 * set's points (so the LMS makes the gradebook column) and the assignment in `custom`, so the link's launches land
 * on it. The response is stored on the request and posted to the LMS by /api/lti/deep-link/[id]. Once only: a
 * repeat (double submit, second tab) makes nothing and sends the first answer again.
 */
export async function answerLtiDeepLink(opts: {
  user: SessionUser;
  id: string;
  input: CreateAssignmentInput;
  base: string;
}): Promise<void> {
  const dl = await db.ltiDeepLink.findFirst({
    where: { id: opts.id, userId: opts.user.id, context: { class: ownedClassWhere(opts.user) } },
    include: { platform: true, context: true },
  });
  if (!dl) throw new AppError("NOT_FOUND", "This request from your LMS was not found. Start again from the LMS.");
  if (dl.responseJwt) return;
  if (dl.expiresAt < new Date())
    throw new AppError("INVALID", "This request from your LMS has expired. Start again from the LMS.");

  const { id: assignmentId } = await createAssignment({
    user: opts.user,
    classId: dl.context.classId,
    input: { ...opts.input, mode: "SELF_PACED" },
  });
  const a = await db.assignment.findUniqueOrThrow({
    where: { id: assignmentId },
    select: { title: true, set: { select: { questions: { select: { points: true } } } } },
  });
  const points = a.set.questions.reduce((n, q) => n + q.points, 0);

  const signer = await getSigningToolKey();
  const now = Math.floor(Date.now() / 1000);
  const jwt = await new SignJWT({
    nonce: randomUUID(),
    [CLAIM.messageType]: "LtiDeepLinkingResponse",
    [CLAIM.version]: "1.3.0",
    [CLAIM.deploymentId]: dl.deploymentId,
    ...(dl.data ? { "https://purl.imsglobal.org/spec/lti-dl/claim/data": dl.data } : {}),
    "https://purl.imsglobal.org/spec/lti-dl/claim/content_items": [
      {
        type: "ltiResourceLink",
        title: a.title,
        url: `${opts.base}/`,
        ...(points > 0
          ? {
              lineItem: {
                scoreMaximum: points,
                label: a.title,
                resourceId: assignmentId,
                // LTI Submission Review Service 1.0: the gradebook offers to open a learner's attempt in Passage (a
                // LtiSubmissionReviewRequest to this link) once they have submitted.
                submissionReview: { reviewableStatus: ["Submitted", "Completed"], label: "Open in Passage" },
              },
            }
          : {}),
        custom: { [ASSIGNMENT_CUSTOM_KEY]: assignmentId },
      },
    ],
  })
    .setProtectedHeader({ alg: "RS256", kid: signer.kid, typ: "JWT" })
    .setIssuer(dl.platform.clientId)
    .setAudience(dl.platform.issuer)
    .setIssuedAt(now)
    .setExpirationTime(now + 600)
    .sign(await importJWK(signer.privateJwk, "RS256"));
  const done = await db.ltiDeepLink.updateMany({
    where: { id: dl.id, responseJwt: null },
    data: { responseJwt: jwt, assignmentId },
  });
  // Another tab answered first: its choice stands, this assignment goes.
  if (done.count !== 1) await db.assignment.delete({ where: { id: assignmentId } });
}
