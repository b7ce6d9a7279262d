import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { hashInviteToken, newInviteToken } from "../auth/invite-token";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { planRosterImport } from "./plan-roster-import";

/** How long a roster invitation link works. */
export const ROSTER_INVITE_DAYS = 30;

/**
 * Confirms a roster upload, all or nothing: students with an account are enrolled; an address without one gets
 * a one-time invitation link (returned once, never stored: only its hash) that signs up with that address and
 * enrols. Rows already enrolled or invited, and rows with errors, change nothing, so the same file twice is a
 * no-op. No account gets a password it did not choose.
 */
export async function importRoster(opts: { user: SessionUser; classId: string; csv: string }) {
  try {
    return await db.$transaction(async (tx) => {
      const plan = await planRosterImport(opts, tx);
      const enrol = plan.rows.flatMap((r) => (r.status === "enrol" ? [plan.userIds.get(r.email)!] : []));
      const invite = plan.rows.flatMap((r) => (r.status === "invite" ? [r] : []));
      if (enrol.length)
        await tx.enrollment.createMany({ data: enrol.map((userId) => ({ classId: plan.classId, userId })) });
      // An expired or spent invitation for the address makes way for the new one.
      if (invite.length)
        await tx.rosterInvite.deleteMany({
          where: { classId: plan.classId, email: { in: invite.map((r) => r.email) } },
        });
      const expiresAt = new Date(Date.now() + ROSTER_INVITE_DAYS * 24 * 60 * 60 * 1000);
      const invited = invite.map((r) => ({ name: r.name, email: r.email, token: newInviteToken() }));
      if (invited.length)
        await tx.rosterInvite.createMany({
          data: invited.map((i) => ({
            classId: plan.classId,
            email: i.email,
            name: i.name,
            tokenHash: hashInviteToken(i.token),
            expiresAt,
          })),
        });
      return {
        enrolled: enrol.length,
        invited,
        unchanged: plan.counts.enrolled + plan.counts.invited,
        skipped: plan.counts.error,
        expiresAt,
      };
    });
  } catch (e) {
    // Two confirmations of overlapping rosters at once: one wins, the other is rolled back whole.
    if ((e as { code?: string }).code === "P2002")
      throw new AppError("CONFLICT", "The roster changed while this was saved. Preview the file again and confirm.");
    throw e;
  }
}
