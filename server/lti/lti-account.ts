import "server-only";
import { createHash } from "node:crypto";
import { LTI_EMAIL_DOMAIN } from "@/lib/lti/lti-placeholder-email";

/**
 * The account an LMS user becomes: no password (they always come in through the LMS) and no e-mail of theirs (an
 * LMS must not be able to take over a Passage account by asserting its e-mail), linked by the platform registration
 * and `sub`. One definition for the launch and the roster sync, so either finds the other's account.
 */
export function newLtiAccount(
  platform: { id: string; issuer: string },
  sub: string,
  name: string,
  role: "INSTRUCTOR" | "STUDENT",
) {
  const key = createHash("sha256").update(`${platform.id}\n${sub}`).digest("hex").slice(0, 24);
  return {
    email: `lti-${key}@${LTI_EMAIL_DOMAIN}`,
    name,
    role,
    passwordHash: null,
    ltiLinks: { create: { platformId: platform.id, issuer: platform.issuer, sub } },
  };
}
