import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { db } from "../db";
import type { SessionUser } from "../auth/session";
import { assertAdmin } from "./invite-access";

/** Withdraws an unused invitation (its link stops working); a used one stays as the record of who joined. */
export async function revokeInvite(opts: { user: SessionUser; inviteId: string }) {
  assertAdmin(opts.user);
  const { count } = await db.instructorInvite.updateMany({
    where: { id: opts.inviteId, usedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "This invitation was already used or withdrawn. Reload the page.");
}
