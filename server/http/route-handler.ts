import "server-only";
import { z } from "zod";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { refuseNul } from "./action-input";

/**
 * Wraps a route handler so every failure becomes a clear JSON error with the right status:
 * AppError → its status, invalid JSON/zod → 400, anything else → 500 (logged, never swallowed).
 */
export function route<C>(handler: (req: Request, ctx: C) => Promise<Response>) {
  return async (req: Request, ctx: C): Promise<Response> => {
    try {
      return await handler(req, ctx);
    } catch (e) {
      return errorResponse(e);
    }
  };
}

export function errorResponse(e: unknown): Response {
  if (isAppError(e)) return Response.json({ error: e.message, code: e.code, fieldErrors: e.fieldErrors }, { status: e.status });
  if (e instanceof z.ZodError) {
    return Response.json({ error: e.issues[0] ? issueMessage(e.issues[0]) : NOT_VALID, code: "INVALID" }, { status: 400 });
  }
  console.error(e);
  return Response.json({ error: "Something went wrong on our side. Try again in a moment.", code: "INTERNAL" }, { status: 500 });
}

/** Reads a JSON body of at most `maxBytes`, with clear errors for oversized or malformed bodies. */
export async function readJson(req: Request, maxBytes = 64 * 1024): Promise<unknown> {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw new AppError("TOO_LARGE", `The request is too large (limit ${Math.round(maxBytes / 1024)} kB).`);
  const text = await req.text();
  if (Buffer.byteLength(text) > maxBytes) throw new AppError("TOO_LARGE", `The request is too large (limit ${Math.round(maxBytes / 1024)} kB).`);
  if (text.includes("\u0000")) throw new AppError("INVALID", "The request contains a NUL character, which is not allowed.");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AppError("INVALID", "The request body is not valid JSON.");
  }
  // JSON can also spell NUL as an escape ("\u0000"), which PostgreSQL refuses deep inside a write.
  refuseNul(data);
  return data;
}

const NOT_VALID = "This request is not valid. Reload the page and try again.";

/** A schema's own message ("Write something before posting.") as is; zod's generic ones ("Invalid input:
 *  expected string, received undefined") only come from hand-made requests, and say nothing a person can act on. */
function issueMessage(i: z.core.$ZodIssue): string {
  if (!/^(Invalid (input|option|value|key|element)|Too (big|small)|Unrecognized key)/.test(i.message)) return i.message;
  const field = i.path.map(String).join(".");
  return field ? `The field "${field}" of this request is not valid. Reload the page and try again.` : NOT_VALID;
}

/** Parses with zod and turns failures into an AppError with per-field messages. */
export function parseInput<T extends z.ZodType>(schema: T, data: unknown): z.infer<T> {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const fieldErrors: Record<string, string> = {};
  for (const i of r.error.issues) fieldErrors[i.path.map(String).join(".") || "_"] ??= issueMessage(i);
  throw new AppError("INVALID", r.error.issues[0] ? issueMessage(r.error.issues[0]) : NOT_VALID, fieldErrors);
}
