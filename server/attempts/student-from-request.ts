import "server-only";
import { getToken } from "next-auth/jwt";
import { AppError } from "@/lib/errors/app-error";

/**
 * The signed-in student from the request's session cookie: one JWT decode, no database read. Used by the
 * autosave and submit handlers, which run hundreds of times a second in a full classroom; every query
 * they make has the student's id in its WHERE, so a deleted account can read or write nothing.
 */
export async function studentFromRequest(req: Request): Promise<{ id: string }> {
  const cookies: Record<string, string> = {};
  for (const part of (req.headers.get("cookie") ?? "").split(";")) {
    const i = part.indexOf("=");
    if (i <= 0) continue;
    try {
      cookies[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
    } catch {
      // A malformed cookie that is not ours must not turn into a 500.
    }
  }
  const token = await getToken({ req: { headers: req.headers, cookies } as never, secret: process.env.NEXTAUTH_SECRET });
  if (!token?.uid) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again: your answers are kept on this device until then.");
  if (token.role !== "STUDENT") throw new AppError("FORBIDDEN", "Only students answer quizzes.");
  return { id: token.uid };
}
