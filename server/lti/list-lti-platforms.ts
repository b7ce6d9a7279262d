import "server-only";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { requireLtiAdmin } from "./require-lti-admin";

export async function listLtiPlatforms(opts: { user: SessionUser }) {
  requireLtiAdmin(opts.user);
  return db.ltiPlatform.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      issuer: true,
      clientId: true,
      deploymentIds: true,
      authLoginUrl: true,
      tokenUrl: true,
      jwksUrl: true,
      enabled: true,
      _count: { select: { contexts: true } },
    },
  });
}
