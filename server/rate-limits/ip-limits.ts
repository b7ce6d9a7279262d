import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { waitMessage } from "@/lib/security/wait-message";
import { env } from "../env";

// Per-IP limits, generous enough for a whole class behind one school address: only *wrong* join codes count (30
// students typing the right code never trip it), sign-ups count every attempt that passed validation, sign-ins
// count failures only (a success does not reset them, or one own account would launder a spray).
export type IpLimitName = "joinCode" | "signUp" | "signInFailure";

const LIMITS: Record<IpLimitName, { prefix: string; windowSeconds: number; limit: () => number; what: string }> = {
  joinCode: {
    prefix: "join-code-ip",
    windowSeconds: 15 * 60,
    limit: () => env().RATE_LIMIT_JOIN_CODES,
    what: "Too many wrong join codes from your network.",
  },
  signUp: {
    prefix: "sign-up-ip",
    windowSeconds: 60 * 60,
    limit: () => env().RATE_LIMIT_SIGN_UPS,
    what: "Too many sign-ups from your network.",
  },
  signInFailure: {
    prefix: "sign-in-ip",
    windowSeconds: 15 * 60,
    limit: () => env().RATE_LIMIT_SIGN_IN_FAILURES,
    what: "Too many failed sign-ins from your network.",
  },
};

/** The limit's row key in RateLimit, its size and window. */
export function ipLimit(name: IpLimitName, clientAddress: string) {
  const l = LIMITS[name];
  return { key: `${l.prefix}:${clientAddress}`, limit: l.limit(), windowSeconds: l.windowSeconds };
}

/** The refusal a person reads: what happened and how long to wait. */
export function ipLimitError(name: IpLimitName, waitSeconds: number): AppError {
  return new AppError("RATE_LIMITED", `${LIMITS[name].what} ${waitMessage(waitSeconds)}`);
}
