import { deepLinkReturnPage } from "@/lib/lti/lti-page-html";
import { AppError } from "@/lib/errors/app-error";
import { requireUser } from "@/server/auth/session";
import { route } from "@/server/http/route-handler";
import { getLtiDeepLinkResponse } from "@/server/lti/get-lti-deep-link-response";
import { ltiHtmlResponse } from "@/server/lti/lti-html-response";

type Ctx = { params: Promise<{ deepLinkId: string }> };

// The answered Deep Linking request's last step: a page that posts the signed response to the LMS (its own CSP
// allows posting to that LMS only). Only the teacher who chose the activity gets it.
export const GET = route(async (_req: Request, { params }: Ctx) => {
  const user = await requireUser();
  const r = await getLtiDeepLinkResponse({ user, id: (await params).deepLinkId });
  if (!r) throw new AppError("NOT_FOUND", "Nothing to send back to your LMS here. Start again from the LMS.");
  return ltiHtmlResponse(deepLinkReturnPage(r.returnUrl, r.jwt, r.title), { formTarget: r.returnUrl });
});
