import "server-only";
import { isLtiLaunchError } from "@/lib/lti/lti-launch-error";
import { handoffPage, noticePage, refusalPage } from "@/lib/lti/lti-page-html";
import { ltiHtmlResponse } from "./lti-html-response";
import { mintSessionCookie } from "./mint-session-cookie";
import type { LaunchDestination } from "./provision-lti-launch";

/** A refused LTI request: a clear page for a browser (what an LMS sends), the app's JSON error for anything else;
 *  the reason also in `x-lti-refusal`, for logs and tests. Anything that is not a refusal is a bug or an outage
 *  and is thrown on. */
export async function ltiRefusal(e: unknown, req: Request): Promise<Response> {
  if (!isLtiLaunchError(e)) throw e;
  const headers = { "x-lti-refusal": e.reason };
  if (!(req.headers.get("accept") ?? "").includes("text/html"))
    return Response.json({ error: e.message, code: "INVALID" }, { status: 400, headers });
  return ltiHtmlResponse(refusalPage(e.message), { status: 400, headers });
}

/** Signs the launched user in and sends them on (or shows the notice the launch left for them). */
export async function signedInResponse(base: string, dest: LaunchDestination, extraCookies: string[] = []) {
  const headers = new Headers();
  headers.append("set-cookie", await mintSessionCookie(dest.userId));
  for (const c of extraCookies) headers.append("set-cookie", c);
  const target = new URL(dest.target, base).toString();
  if (dest.notice)
    return ltiHtmlResponse(
      noticePage("Signed in to Passage", dest.notice, { href: target, label: "Open your class" }),
      {
        headers,
      },
    );
  headers.set("location", target);
  return new Response(null, { status: 303, headers });
}

/** `frameOrigin`: the verified launch's Origin, which may frame the page (see ltiHtmlResponse). */
export const handoffResponse = (base: string, token: string, name: string, frameOrigin: string | null) =>
  ltiHtmlResponse(handoffPage(`${base}/api/lti/launch/continue?token=${encodeURIComponent(token)}`, name), {
    frameOrigin,
  });
