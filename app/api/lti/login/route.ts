import { toolUrls } from "@/lib/lti/tool-urls";
import { stateCookieName } from "@/server/lti/launch-lti";
import { ltiRefusal } from "@/server/lti/lti-responses";
import { readLtiForm } from "@/server/lti/read-lti-form";
import { STATE_TTL_SECONDS, startLtiLogin } from "@/server/lti/start-lti-login";
import { toolBaseUrl } from "@/server/lti/tool-base-url";

// OIDC third-party login initiation from an LMS (GET or a form POST from the LMS's page: public and cross-site by
// design, so not behind the app's same-origin guard).
async function login(req: Request): Promise<Response> {
  try {
    const base = toolBaseUrl(req);
    const { redirect, state } = await startLtiLogin(await readLtiForm(req), { base, launch: toolUrls(base).launch });
    // Binds the launch to this browser where it can (a top-level window); SameSite=None so the platform's
    // cross-site form post carries it back. Inside an iframe the browser drops it: see launchLti.
    const cookie = `${stateCookieName(state)}=1; Path=/api/lti/launch; HttpOnly; Secure; SameSite=None; Max-Age=${STATE_TTL_SECONDS}`;
    return new Response(null, { status: 302, headers: { location: redirect, "set-cookie": cookie } });
  } catch (e) {
    return ltiRefusal(e, req);
  }
}

export const GET = login;
export const POST = login;
