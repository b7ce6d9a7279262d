import "server-only";
import { errors, jwtVerify, type JWTPayload } from "jose";
import { CLAIM, deepLinkingClaims, launchClaims, submissionReviewClaims } from "@/lib/lti/lti-claims";
import { LtiLaunchError } from "@/lib/lti/lti-launch-error";
import { passageRole } from "@/lib/lti/passage-role";
import { db } from "../db";
import { platformKeyResolver } from "./platform-key-resolver";

/** A platform's clock may run a little ahead or behind ours. */
const CLOCK_TOLERANCE_SECONDS = 30;
/** An id_token older than this is refused even if its `exp` is later (the platform issues it for this launch). */
const MAX_TOKEN_AGE = "10m";

export type VerifiedLaunch = Awaited<ReturnType<typeof verifyLaunchToken>>;

/**
 * Validates a resource link launch in full (LTI Core 1.3 §5.1.3, IMS Security Framework §5.1.3): the `state` we
 * issued (consumed here, so a launch is one-time), the signature against the platform's JWKS, `iss`, `aud`/`azp`,
 * `exp`/`iat`, the `nonce` issued with that state, the deployment, message type and version, and the roles. Roles
 * come only from the signed token. Throws LtiLaunchError; changes nothing but the consumed state.
 */
export async function verifyLaunchToken(idToken: string, state: string) {
  const issued = await db.ltiLaunchState.findUnique({ where: { state }, include: { platform: true } });
  const consumed = await db.ltiLaunchState.deleteMany({ where: { state, expiresAt: { gt: new Date() } } });
  if (!issued || consumed.count !== 1)
    throw new LtiLaunchError("state", "This launch has expired or was already used. Open the link in your LMS again.");
  const platform = issued.platform;
  if (!platform.enabled)
    throw new LtiLaunchError("platform_disabled", "Launches from this LMS are turned off in Passage.");

  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(idToken, platformKeyResolver(platform.jwksUrl), {
      issuer: platform.issuer,
      audience: platform.clientId,
      algorithms: ["RS256"],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      maxTokenAge: MAX_TOKEN_AGE,
      requiredClaims: ["exp", "iat", "nonce", "sub"],
    }));
  } catch (e) {
    throw tokenRefusal(e);
  }
  // With several audiences the token must say which one it was issued to (OIDC Core §3.1.3.7).
  const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if ((aud.length > 1 || payload.azp !== undefined) && payload.azp !== platform.clientId)
    throw new LtiLaunchError("audience", "This launch was issued to another tool.");
  if (payload.nonce !== issued.nonce)
    throw new LtiLaunchError("nonce", "This launch was already used or does not belong to this sign-in.");

  const messageType = payload[CLAIM.messageType];
  if (
    messageType !== "LtiResourceLinkRequest" &&
    messageType !== "LtiDeepLinkingRequest" &&
    messageType !== "LtiSubmissionReviewRequest"
  )
    throw new LtiLaunchError("message_type", "Passage cannot open this kind of LTI message yet.");
  if (payload[CLAIM.version] !== "1.3.0")
    throw new LtiLaunchError("version", "This launch uses an LTI version Passage does not speak (it needs 1.3.0).");
  const deployment = payload[CLAIM.deploymentId];
  if (typeof deployment !== "string" || !platform.deploymentIds.includes(deployment))
    throw new LtiLaunchError("deployment", "This deployment of the tool is not registered with Passage.");
  const role = passageRole(Array.isArray(payload[CLAIM.roles]) ? (payload[CLAIM.roles] as string[]) : []);
  const common = { platform, role, targetLinkUri: issued.targetLinkUri };
  if (messageType === "LtiDeepLinkingRequest") {
    const parsed = deepLinkingClaims.safeParse(payload);
    if (!parsed.success || !parsed.data[CLAIM.deepLinking].accept_types.includes("ltiResourceLink"))
      throw new LtiLaunchError("claims", "The LMS did not send what choosing an activity needs (course, return URL).");
    // Only a teacher adds activities to a course: a learner's (or a forged) request changes nothing.
    if (role !== "INSTRUCTOR")
      throw new LtiLaunchError(
        "deep_link_role",
        "Only a teacher of this course can choose what Passage adds to it. Nothing was changed.",
      );
    return { ...common, role, kind: "deep-link" as const, claims: parsed.data };
  }
  if (messageType === "LtiSubmissionReviewRequest") {
    // LTI Submission Review Service 1.0: a teacher of the course opens a learner's submission (a learner may open
    // their own). Everything else a resource link launch checks applies as well.
    const parsed = submissionReviewClaims.safeParse(payload);
    if (!parsed.success)
      throw new LtiLaunchError(
        "claims",
        "The LMS did not send the course, link, user or the learner whose submission to open.",
      );
    const own = parsed.data[CLAIM.forUser].user_id === parsed.data.sub;
    if (!role || (role === "STUDENT" && !own))
      throw new LtiLaunchError(
        "review_role",
        "Only a teacher of this course can open another person's submission. Nothing was shown.",
      );
    return { ...common, role, kind: "submission-review" as const, claims: parsed.data };
  }
  const parsed = launchClaims.safeParse(payload);
  if (!parsed.success)
    throw new LtiLaunchError("claims", "The LMS did not send the course, link or user this launch needs.");
  if (!role)
    throw new LtiLaunchError(
      "role",
      "Your role in this course has no place in Passage: it needs a teacher or a learner.",
    );
  return { ...common, role, kind: "resource" as const, claims: parsed.data };
}

function tokenRefusal(e: unknown): LtiLaunchError {
  if (e instanceof errors.JWTExpired)
    return new LtiLaunchError("expired", "This launch has expired. Open the link in your LMS again.");
  if (e instanceof errors.JWTClaimValidationFailed) {
    if (e.claim === "iss") return new LtiLaunchError("issuer", "This launch does not come from the registered LMS.");
    if (e.claim === "aud") return new LtiLaunchError("audience", "This launch was issued to another tool.");
    if (e.claim === "iat") return new LtiLaunchError("issued_at", "This launch is too old or dated in the future.");
    return new LtiLaunchError("claims", "The LMS's launch is missing a required detail.");
  }
  if (e instanceof errors.JWKSNoMatchingKey)
    return new LtiLaunchError("unknown_key", "This launch is signed with a key the LMS does not publish.");
  if (e instanceof errors.JOSEError)
    return new LtiLaunchError("signature", "This launch's signature does not match the LMS's keys.");
  console.error("LTI key set or token check failed", e);
  return new LtiLaunchError("signature", "Passage could not check this launch's signature with the LMS. Try again.");
}
