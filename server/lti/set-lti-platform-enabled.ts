import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { requireLtiAdmin } from "./require-lti-admin";

/** Turns launches from a platform off (or on again); its classes and links stay. */
export async function setLtiPlatformEnabled(opts: { user: SessionUser; platformId: string; enabled: boolean }) {
  requireLtiAdmin(opts.user);
  const r = await db.ltiPlatform.updateMany({ where: { id: opts.platformId }, data: { enabled: opts.enabled } });
  if (r.count === 0) throw new AppError("NOT_FOUND", "This LMS is not registered.");
}
