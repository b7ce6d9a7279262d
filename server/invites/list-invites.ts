import "server-only";
import { db } from "../db";
import type { SessionUser } from "../auth/session";
import { assertAdmin } from "./invite-access";

export type InviteStatus = "pending" | "used" | "expired" | "revoked";

/** The latest invitations with what became of each. */
export async function listInvites(opts: { user: SessionUser }) {
  assertAdmin(opts.user);
  const rows = await db.instructorInvite.findMany({
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      createdAt: true,
      expiresAt: true,
      usedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true } },
      usedBy: { select: { name: true, email: true } },
    },
  });
  const now = Date.now();
  const statusOf = (r: (typeof rows)[number]): InviteStatus =>
    r.usedAt ? "used" : r.revokedAt ? "revoked" : r.expiresAt.getTime() <= now ? "expired" : "pending";
  return rows.map((r) => ({ ...r, status: statusOf(r) }));
}
