import "server-only";
import { db } from "../db";
import { joinCodeInput } from "./join-class";

/** The class a code points at (for the join-link confirmation page). */
export async function findClassByCode(code: string) {
  const parsed = joinCodeInput.safeParse({ code });
  if (!parsed.success) return null;
  return db.class.findFirst({
    where: { joinCode: parsed.data.code, archivedAt: null },
    select: { id: true, name: true, joinCode: true, instructor: { select: { name: true } } },
  });
}
