import "server-only";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { ownedClassWhere } from "./class-access";

/** Invitations from roster uploads to the instructor's class that nobody has used yet (expired ones too). */
export async function listRosterInvites(opts: { user: SessionUser; classId: string }) {
  return db.rosterInvite.findMany({
    where: { classId: opts.classId, class: ownedClassWhere(opts.user), usedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true, expiresAt: true },
  });
}
