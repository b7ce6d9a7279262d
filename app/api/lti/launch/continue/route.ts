import { LtiLaunchError } from "@/lib/lti/lti-launch-error";
import { ltiRefusal, signedInResponse } from "@/server/lti/lti-responses";
import { redeemLtiHandoff } from "@/server/lti/redeem-lti-handoff";
import { toolBaseUrl } from "@/server/lti/tool-base-url";

// A launch verified inside an LMS iframe continues here, in a new top-level window, with its one-time token.
export async function GET(req: Request): Promise<Response> {
  try {
    const token = new URL(req.url).searchParams.get("token");
    if (!token || token.length > 100) throw new LtiLaunchError("handoff", "This link is not complete.");
    return await signedInResponse(toolBaseUrl(req), await redeemLtiHandoff(token));
  } catch (e) {
    return ltiRefusal(e, req);
  }
}
