import "server-only";
import { displayName } from "@/lib/lti/lti-claims";
import { createLtiHandoff } from "./create-lti-handoff";
import { provisionLtiLaunch, type LaunchDestination } from "./provision-lti-launch";
import { verifyLaunchToken } from "./verify-launch-token";

export const stateCookieName = (state: string) => `lti-state-${state}`;

export type LaunchOutcome =
  ({ kind: "signed-in" } & LaunchDestination) | { kind: "handoff"; token: string; name: string };

/**
 * The launch endpoint's work: verify, provision, then sign in where the browser can keep a session. The state
 * cookie set by the login initiation proves the launch belongs to this browser; inside an iframe it does not come
 * back (third-party cookies are blocked) and a signed-in session could not be kept there either, so the launch
 * continues in a new top-level window through a one-time handoff token.
 */
export async function launchLti(input: {
  idToken: string;
  state: string;
  hasStateCookie: boolean;
  framed: boolean;
}): Promise<LaunchOutcome> {
  const verified = await verifyLaunchToken(input.idToken, input.state);
  const dest = await provisionLtiLaunch(verified);
  if (input.hasStateCookie && !input.framed) return { kind: "signed-in", ...dest };
  return { kind: "handoff", token: await createLtiHandoff(dest), name: displayName(verified.claims) };
}
