import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";

/** Invitations are the admin's: every invite function checks this itself, not only its page or action. */
export function assertAdmin(user: SessionUser): void {
  if (!user.isAdmin) throw new AppError("FORBIDDEN", "Only an admin can manage instructor invitations.");
}

/** An invitation that can still be used: not used, not withdrawn, not expired. */
export const usableInviteWhere = (now = new Date()) => ({ usedAt: null, revokedAt: null, expiresAt: { gt: now } });
