import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { parseRoster } from "@/lib/interop/roster/parse-roster";
import { planRoster, type KnownAddress, type RosterPlan } from "@/lib/interop/roster/plan-roster";
import type { SessionUser } from "../auth/session";
import { db, type Tx } from "../db";
import { ownedClassWhere } from "./class-access";

/** The most rows one upload may hold: a school's largest section is far below it. */
export const MAX_ROSTER_ROWS = 2000;

/**
 * What uploading `csv` to the instructor's class would do, row by row, without writing anything. The confirmation
 * calls it again inside its transaction (`tx`), so what is saved is what the database holds then.
 */
export async function planRosterImport(
  opts: { user: SessionUser; classId: string; csv: string },
  tx: Tx = db,
): Promise<RosterPlan & { classId: string; className: string; userIds: Map<string, string> }> {
  const cls = await tx.class.findFirst({
    where: { id: opts.classId, ...ownedClassWhere(opts.user) },
    select: { id: true, name: true },
  });
  if (!cls) throw new AppError("NOT_FOUND", "This class was not found among yours. Reload the page.");
  const parsed = parseRoster(opts.csv);
  if (parsed.students.length + parsed.errors.length > MAX_ROSTER_ROWS)
    throw new AppError(
      "INVALID",
      `A roster may have at most ${MAX_ROSTER_ROWS} rows. Split the file and upload each part.`,
    );
  if (parsed.students.length === 0 && parsed.errors.length === 0)
    throw new AppError("INVALID", "The file has no students in it. Check that it is the roster CSV.");
  const emails = parsed.students.map((s) => s.email);
  const [users, invites] = await Promise.all([
    tx.user.findMany({
      where: { email: { in: emails } },
      select: { id: true, email: true, role: true, enrollments: { where: { classId: cls.id }, select: { id: true } } },
    }),
    tx.rosterInvite.findMany({
      where: { classId: cls.id, email: { in: emails }, usedAt: null, expiresAt: { gt: new Date() } },
      select: { email: true },
    }),
  ]);
  const accounts = new Map<string, KnownAddress>(
    users.map((u) => [u.email, { role: u.role, userId: u.id, enrolled: u.enrollments.length > 0 }]),
  );
  const plan = planRoster(parsed, accounts, new Set(invites.map((i) => i.email)));
  return { ...plan, classId: cls.id, className: cls.name, userIds: new Map(users.map((u) => [u.email, u.id])) };
}
