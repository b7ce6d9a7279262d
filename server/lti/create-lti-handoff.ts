import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "../db";
import type { LaunchDestination } from "./provision-lti-launch";

export const HANDOFF_TTL_SECONDS = 120;

export const hashHandoffToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * A launch verified inside an LMS iframe cannot sign in there (the browser drops the cookie), so it continues in a
 * new top-level window through a one-time token, valid two minutes; only its hash is stored.
 */
export async function createLtiHandoff(dest: LaunchDestination): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.ltiHandoff.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  await db.ltiHandoff.create({
    data: {
      tokenHash: hashHandoffToken(token),
      userId: dest.userId,
      target: dest.target,
      notice: dest.notice,
      expiresAt: new Date(Date.now() + HANDOFF_TTL_SECONDS * 1000),
    },
  });
  return token;
}
