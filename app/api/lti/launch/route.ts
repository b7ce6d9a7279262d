import { LtiLaunchError } from "@/lib/lti/lti-launch-error";
import { launchLti, stateCookieName } from "@/server/lti/launch-lti";
import { handoffResponse, ltiRefusal, signedInResponse } from "@/server/lti/lti-responses";
import { readLtiForm } from "@/server/lti/read-lti-form";
import { toolBaseUrl } from "@/server/lti/tool-base-url";

// The LMS posts the signed id_token here (the redirect URI). Cross-site by design: the token is the proof.
export async function POST(req: Request): Promise<Response> {
  try {
    const form = await readLtiForm(req);
    const idToken = form.id_token;
    const state = form.state;
    if (!idToken || !state)
      throw new LtiLaunchError("bad_request", form.error_description || "The LMS did not send a launch token.");
    const cookieName = stateCookieName(state);
    const hasStateCookie = (req.headers.get("cookie") ?? "")
      .split(";")
      .some((c) => c.trim().startsWith(`${cookieName}=`));
    const outcome = await launchLti({
      idToken,
      state,
      hasStateCookie,
      framed: req.headers.get("sec-fetch-dest") === "iframe",
    });
    const base = toolBaseUrl(req);
    if (outcome.kind === "handoff")
      return await handoffResponse(base, outcome.token, outcome.name, req.headers.get("origin"));
    const clear = `${cookieName}=; Path=/api/lti/launch; HttpOnly; Secure; SameSite=None; Max-Age=0`;
    return await signedInResponse(base, outcome, [clear]);
  } catch (e) {
    return ltiRefusal(e, req);
  }
}
