import "server-only";
import { isAppError } from "@/lib/errors/app-error";

/**
 * For pages whose data comes from another system (the reports' replica, decision 0087): an UPSTREAM AppError
 * becomes a value the page shows, since Next replaces a thrown error's message with a generic one in production.
 * Any other error still throws.
 */
export async function orUpstreamNotice<T>(p: Promise<T>): Promise<{ data: T } | { unavailable: string }> {
  try {
    return { data: await p };
  } catch (e) {
    if (isAppError(e) && e.code === "UPSTREAM") return { unavailable: e.message };
    throw e;
  }
}
