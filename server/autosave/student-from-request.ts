import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { sessionTokenFromCookies } from "./session-token";

/**
 * The signed-in student from the request's session cookie: one JWT decrypt, no database read. Used by the
 * autosave and submit handlers, which run hundreds of times a second in a full classroom; every query
 * they make has the student's id in its WHERE, so a deleted account can read or write nothing.
 */
export async function studentFromRequest(req: Request | { headers: { cookie?: string } }): Promise<{ id: string }> {
  const token = await sessionTokenFromCookies(
    (req.headers instanceof Headers ? req.headers.get("cookie") : req.headers.cookie) ?? "",
  );
  if (!token?.uid)
    throw new AppError(
      "UNAUTHENTICATED",
      "Your session has ended. Sign in again: your answers are kept on this device until then.",
    );
  if (token.role !== "STUDENT") throw new AppError("FORBIDDEN", "Only students answer quizzes.");
  return { id: token.uid };
}
