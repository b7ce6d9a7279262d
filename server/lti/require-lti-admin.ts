import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";

/** Who may register LMS platforms: an admin only (a registration serves the whole deployment). */
export function requireLtiAdmin(user: SessionUser): void {
  if (user.role !== "INSTRUCTOR" || !user.isAdmin)
    throw new AppError("FORBIDDEN", "Only administrators can register an LMS.");
}
