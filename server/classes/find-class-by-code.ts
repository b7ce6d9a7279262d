import "server-only";
import { db } from "../db";
import { guardJoinCode } from "../rate-limits/guard-join-code";
import { joinCodeInput } from "./join-class";

/** The class a code points at (for the join-link confirmation page); a wrong code counts like a wrong join. */
export async function findClassByCode(code: string, clientAddress: string) {
  const parsed = joinCodeInput.safeParse({ code });
  if (!parsed.success) return null;
  return guardJoinCode(
    clientAddress,
    () =>
      db.class.findFirst({
        where: { joinCode: parsed.data.code, archivedAt: null },
        select: { id: true, name: true, joinCode: true, instructor: { select: { name: true } } },
      }),
    (found) => !found,
  );
}
