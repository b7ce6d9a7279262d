/** The one typed error of the app. Route handlers and server actions map `code` to an HTTP status / form error. */
export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "INVALID"
  | "CONFLICT"
  | "CLOSED"
  | "RATE_LIMITED"
  | "TOO_LARGE"
  /** another system the request needs (an LMS) failed or answered what we cannot use */
  | "UPSTREAM";

export const STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID: 400,
  CONFLICT: 409,
  CLOSED: 409,
  RATE_LIMITED: 429,
  TOO_LARGE: 413,
  UPSTREAM: 502,
};

// Next bundles pages, route handlers and server actions separately, each with its own copy of this module and so
// its own AppError class: an error made in one bundle (by a client cached on globalThis, say) failed `instanceof`
// in another and became a bare 500. Every copy marks its errors with the same registered symbol instead.
const BRAND = Symbol.for("passage.AppError");

export class AppError extends Error {
  readonly [BRAND] = true;
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }
  get status() {
    return STATUS[this.code];
  }
}

/** An AppError from any copy of this module (see BRAND). */
export const isAppError = (e: unknown): e is AppError =>
  e instanceof AppError || (typeof e === "object" && e !== null && (e as Record<symbol, unknown>)[BRAND] === true);
