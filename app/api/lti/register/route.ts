import { AppError, isAppError } from "@/lib/errors/app-error";
import { registrationDonePage, registrationErrorPage, registrationStartPage } from "@/lib/lti/lti-page-html";
import { env } from "@/server/env";
import { refuseCrossSite } from "@/server/http/refuse-cross-site";
import { ltiHtmlResponse } from "@/server/lti/lti-html-response";
import { readLtiForm } from "@/server/lti/read-lti-form";
import { registerLtiPlatform } from "@/server/lti/register-lti-platform";
import { toolBaseUrl } from "@/server/lti/tool-base-url";

// LTI Dynamic Registration 1.0: the LMS opens this (in a frame or a window) with `openid_configuration` and
// `registration_token`. Who may register (decision 0080): a signed-in admin, on /lti/register in a window of its
// own (this page links there); or, with LTI_DYNAMIC_REGISTRATION=open, anyone here, the LMS kept off until an admin
// turns it on. The pages may be framed by the LMS's own site (the configuration URL's origin).

function params(form: Record<string, string>) {
  const configurationUrl = form.openid_configuration ?? "";
  let origin: string;
  try {
    origin = new URL(configurationUrl).origin;
  } catch {
    throw new AppError("INVALID", "Open this from your LMS's tool registration: the link lacks its configuration.");
  }
  if (configurationUrl.length > 2000 || (form.registration_token ?? "").length > 4000)
    throw new AppError("INVALID", "The LMS sent more than a registration needs.");
  return { configurationUrl, registrationToken: form.registration_token || null, origin };
}

/** A refusal: a page for a browser (the LMS's frame), the app's JSON error for anything else. */
const failure = (e: unknown, req: Request, frameOrigin: string | null) => {
  if (!isAppError(e)) throw e;
  if (!(req.headers.get("accept") ?? "").includes("text/html"))
    return Response.json({ error: e.message, code: e.code }, { status: e.status });
  return ltiHtmlResponse(registrationErrorPage(e.message), { status: e.status, frameOrigin });
};

export async function GET(req: Request): Promise<Response> {
  const query = Object.fromEntries(new URL(req.url).searchParams);
  let frameOrigin: string | null = null;
  try {
    const p = params(query);
    frameOrigin = p.origin;
    const form = { openid_configuration: p.configurationUrl, registration_token: p.registrationToken ?? "" };
    return await ltiHtmlResponse(
      registrationStartPage({
        lmsHost: new URL(p.configurationUrl).host,
        open: env().LTI_DYNAMIC_REGISTRATION === "open",
        continueUrl: `${toolBaseUrl(req)}/lti/register?${new URLSearchParams(form)}`,
        form,
      }),
      { frameOrigin },
    );
  } catch (e) {
    return failure(e, req, frameOrigin);
  }
}

/** The open registration's form (LTI_DYNAMIC_REGISTRATION=open), posted from the page above. */
export async function POST(req: Request): Promise<Response> {
  let frameOrigin: string | null = null;
  try {
    refuseCrossSite(req.method, (name) => req.headers.get(name));
    const p = params(await readLtiForm(req).catch(() => ({})));
    frameOrigin = p.origin;
    if (env().LTI_DYNAMIC_REGISTRATION !== "open")
      throw new AppError("FORBIDDEN", "Only an admin of Passage can register an LMS: continue in a new window.");
    const r = await registerLtiPlatform({
      ...p,
      base: toolBaseUrl(req),
      by: "open",
      allowPrivateHosts: env().LTI_REGISTRATION_PRIVATE_HOSTS === "allow",
    });
    return await ltiHtmlResponse(registrationDonePage(r.name, r.enabled), { frameOrigin });
  } catch (e) {
    return failure(e, req, frameOrigin);
  }
}
