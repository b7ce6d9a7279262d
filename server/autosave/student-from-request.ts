import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { decodeSessionCookie, sessionTokenFromCookies } from "./session-token";

/**
 * The signed-in student from the request's session cookie: one JWT decrypt, and one primary-key read that the
 * session was not signed out since (isSessionCurrent). Used by the autosave and submit handlers, which run
 * hundreds of times a second in a full classroom; every query they make has the student's id in its WHERE, so
 * a deleted account can read or write nothing. The autosave passes `sessionCheckedBy: "statement"`: its one
 * statement compares `sessionVersion` with the user's row itself (prisma/sql/saveResponse.sql), which saves a
 * database round trip and about half of the server's CPU per save (`npm run bench -- saves`).
 */
export async function studentFromRequest(
  req: Request | { headers: { cookie?: string } },
  opts: { sessionCheckedBy?: "statement"; signedOutMessage?: string } = {},
): Promise<{ id: string; sessionVersion: number }> {
  const cookie = (req.headers instanceof Headers ? req.headers.get("cookie") : req.headers.cookie) ?? "";
  const token =
    opts.sessionCheckedBy === "statement" ? await decodeSessionCookie(cookie) : await sessionTokenFromCookies(cookie);
  if (!token?.uid)
    throw new AppError(
      "UNAUTHENTICATED",
      opts.signedOutMessage ??
        "Your session has ended. Sign in again: your answers are kept on this device until then.",
    );
  if (token.role !== "STUDENT") throw new AppError("FORBIDDEN", "Only students answer quizzes.");
  return { id: token.uid, sessionVersion: token.sv ?? 0 };
}
