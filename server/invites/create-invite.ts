import "server-only";
import { z } from "zod";
import { db } from "../db";
import { hashInviteToken, newInviteToken } from "../auth/invite-token";
import type { SessionUser } from "../auth/session";
import { assertAdmin } from "./invite-access";

export const INVITE_DAYS = [1, 7, 30] as const;
export const createInviteInput = z.object({
  days: z.coerce
    .number()
    .int()
    .refine((d) => (INVITE_DAYS as readonly number[]).includes(d), "Choose how long the link stays valid."),
});

/** A one-time instructor invitation. The token is returned once, for the link; only its hash is stored. */
export async function createInvite(opts: { user: SessionUser; days: number }) {
  assertAdmin(opts.user);
  const token = newInviteToken();
  const expiresAt = new Date(Date.now() + opts.days * 24 * 60 * 60 * 1000);
  const invite = await db.instructorInvite.create({
    data: { tokenHash: hashInviteToken(token), createdById: opts.user.id, expiresAt },
    select: { id: true, expiresAt: true },
  });
  return { ...invite, token };
}
