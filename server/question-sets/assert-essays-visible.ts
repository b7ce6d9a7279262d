import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";
import { type Tx } from "../db";
import { essayVisibleTo } from "../essays/essay-access";

/** Checks that every essay exists and the instructor may read it (built-in or their own import). */
export async function assertEssaysVisible(tx: Tx, user: SessionUser, essayIds: string[]) {
  const unique = [...new Set(essayIds)];
  const found = await tx.essay.count({ where: { AND: [{ id: { in: unique } }, essayVisibleTo(user)] } });
  if (found !== unique.length)
    throw new AppError("INVALID", "One of the chosen essays is not available to you.", {
      essayIds: "Choose essays from the list.",
    });
  return unique;
}
