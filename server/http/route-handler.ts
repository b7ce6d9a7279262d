import "server-only";
import { z } from "zod";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { refuseNul } from "./action-input";
import { refuseCrossSite, refuseNonJson } from "./refuse-cross-site";

/**
 * Wraps a route handler so every failure becomes a clear JSON error with the right status:
 * AppError → its status, invalid JSON/zod → 400, anything else → 500 (logged, never swallowed).
 * A state-changing request from another origin is refused before the handler runs (see refuseCrossSite).
 */
export function route<C>(handler: (req: Request, ctx: C) => Promise<Response>) {
  return async (req: Request, ctx: C): Promise<Response> => {
    try {
      refuseCrossSite(req.method, (name) => req.headers.get(name));
      return await handler(req, ctx);
    } catch (e) {
      const res = errorResponse(e);
      // The client is still sending a body we stopped reading: close the connection after the answer rather
      // than read the rest (see readJson).
      if (unread.has(req)) res.headers.set("connection", "close");
      return res;
    }
  };
}

export function errorResponse(e: unknown): Response {
  const { status, body } = describeError(e);
  return Response.json(body, { status });
}

/** The status and JSON body every handler answers a failure with (shared with the Pages API adapter). */
export function describeError(e: unknown): {
  status: number;
  body: { error: string; code: string; fieldErrors?: Record<string, string> };
} {
  if (isAppError(e)) return { status: e.status, body: { error: e.message, code: e.code, fieldErrors: e.fieldErrors } };
  if (e instanceof z.ZodError)
    return { status: 400, body: { error: e.issues[0] ? issueMessage(e.issues[0]) : NOT_VALID, code: "INVALID" } };
  console.error(e);
  return { status: 500, body: { error: "Something went wrong on our side. Try again in a moment.", code: "INTERNAL" } };
}

/** Requests whose body readBytes stopped reading at (or refused before) the limit. */
const unread = new WeakSet<Request>();

/** Up to this much of a body over the limit is read and dropped before answering (as pagesApiRoute's drain). */
const DRAIN_LIMIT = 8 * 1024 * 1024;

/**
 * Reads a JSON body of at most `maxBytes`, with clear errors for oversized, malformed or non-JSON bodies (see
 * readBytes for how an oversized one is cut off).
 */
export async function readJson(req: Request, maxBytes = 64 * 1024): Promise<unknown> {
  refuseNonJson(req.headers.get("content-type"));
  return parseJsonText((await readBytes(req, maxBytes)).toString("utf8"), maxBytes);
}

/**
 * Reads a body of at most `maxBytes`. It stops keeping it at the limit whatever Content-Length says (a chunked
 * body has none), so an oversized body never sits in memory: at most DRAIN_LIMIT more is read and dropped, so a
 * client that is still uploading sees the refusal rather than a reset, and then the connection is closed. A body
 * declared more than DRAIN_LIMIT over is refused without reading. `tooBig` is the refusal (a route that takes
 * files says what the limit means for the file).
 */
export async function readBytes(
  req: Request,
  maxBytes: number,
  tooBig: () => AppError = () => tooLarge(maxBytes),
): Promise<Buffer> {
  // Declared far over the limit: refused unread, the connection closed. Declared a little over (within
  // DRAIN_LIMIT): read and dropped like any oversized body, so the refusal reaches a client still uploading whole.
  // Closing on a body left unread makes the kernel answer the client's next bytes with a reset, which can destroy
  // the refusal before the client reads it (seen: the bank upload test's 21 MB file got "closed", not 413).
  if (Number(req.headers.get("content-length") ?? 0) > maxBytes + DRAIN_LIMIT) {
    if (req.body) unread.add(req);
    throw tooBig();
  }
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    size += r.value.byteLength;
    if (size > maxBytes) {
      unread.add(req);
      for (let d = await reader.read(); !d.done && size < maxBytes + DRAIN_LIMIT; d = await reader.read())
        size += d.value.byteLength;
      throw tooBig();
    }
    chunks.push(r.value);
  }
  return Buffer.concat(chunks);
}

const fields = z.record(z.string(), z.unknown()).catch({});
/** readJson for a body of named fields the route adds to (a URL segment): anything but an object has none, so the
 *  action's own parse says what is missing. */
export async function readJsonFields(req: Request, maxBytes?: number): Promise<Record<string, unknown>> {
  return fields.parse(await readJson(req, maxBytes));
}

export function refuseDeclaredSize(contentLength: string | null | undefined, maxBytes: number) {
  if (Number(contentLength ?? 0) > maxBytes) throw tooLarge(maxBytes);
}

export const tooLarge = (maxBytes: number) =>
  new AppError("TOO_LARGE", `The request is too large (limit ${Math.round(maxBytes / 1024)} kB).`);

export function parseJsonText(text: string, maxBytes: number): unknown {
  if (Buffer.byteLength(text) > maxBytes) throw tooLarge(maxBytes);
  if (text.includes("\u0000"))
    throw new AppError("INVALID", "The request contains a NUL character, which is not allowed.");
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
