import "server-only";
import { LtiLaunchError } from "@/lib/lti/lti-launch-error";
import { db } from "../db";
import { hashHandoffToken } from "./create-lti-handoff";
import type { LaunchDestination } from "./provision-lti-launch";

/** Redeems a handoff token once: a second use, or a use after two minutes, is refused. */
export async function redeemLtiHandoff(token: string): Promise<LaunchDestination> {
  const tokenHash = hashHandoffToken(token);
  const row = await db.ltiHandoff.findUnique({ where: { tokenHash } });
  const taken = await db.ltiHandoff.deleteMany({ where: { tokenHash, expiresAt: { gt: new Date() } } });
  if (!row || taken.count !== 1)
    throw new LtiLaunchError("handoff", "This link has expired or was already used. Open the link in your LMS again.");
  return { userId: row.userId, target: row.target, notice: row.notice };
}
