import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../auth/session";

/**
 * Who may register LMS platforms. TODO(admin): main has no admin role yet (branch b3-accounts adds
 * `User.isAdmin`); until it lands any instructor may, which lets one teacher register an LMS for the whole
 * deployment. Replace this check with `isAdmin` when it merges.
 */
export function requireLtiAdmin(user: SessionUser): void {
  if (user.role !== "INSTRUCTOR") throw new AppError("FORBIDDEN", "Only administrators can register an LMS.");
}
