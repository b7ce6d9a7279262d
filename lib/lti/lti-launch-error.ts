/** Why a launch was refused: `reason` for logs and tests, `message` for the person who launched. */
export type LtiRefusal =
  | "unknown_platform"
  | "platform_disabled"
  | "bad_request"
  | "state"
  | "signature"
  | "unknown_key"
  | "issuer"
  | "audience"
  | "expired"
  | "issued_at"
  | "nonce"
  | "deployment"
  | "message_type"
  | "version"
  | "claims"
  | "role"
  | "deep_link_role"
  | "review_role"
  | "review_link"
  | "role_mismatch"
  | "course_not_ready"
  | "course_taken"
  | "handoff";

export class LtiLaunchError extends Error {
  constructor(
    readonly reason: LtiRefusal,
    message: string,
  ) {
    super(message);
    this.name = "LtiLaunchError";
  }
}

export const isLtiLaunchError = (e: unknown): e is LtiLaunchError => e instanceof LtiLaunchError;
