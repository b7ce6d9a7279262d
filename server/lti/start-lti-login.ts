import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { LtiLaunchError } from "@/lib/lti/lti-launch-error";
import { db } from "../db";

export const STATE_TTL_SECONDS = 10 * 60;

export const loginParams = z.object({
  iss: z.string().url().max(500),
  login_hint: z.string().min(1).max(2000),
  target_link_uri: z.string().url().max(2000),
  lti_message_hint: z.string().max(4000).optional(),
  client_id: z.string().min(1).max(255).optional(),
  lti_deployment_id: z.string().min(1).max(255).optional(),
});

/**
 * OIDC third-party login initiation (LTI Core 1.3 §5.1.1, IMS Security Framework §5.1.1): the platform names
 * itself and the user; we make a one-time `state` and `nonce`, keep them, and send the browser to the platform's
 * authorization endpoint, which posts the signed id_token to our launch URL.
 */
export async function startLtiLogin(raw: Record<string, string>, urls: { base: string; launch: string }) {
  const parsed = loginParams.safeParse(raw);
  if (!parsed.success)
    throw new LtiLaunchError("bad_request", "The LMS started this launch without the details LTI 1.3 requires.");
  const p = parsed.data;
  const platforms = await db.ltiPlatform.findMany({
    where: { issuer: p.iss, ...(p.client_id ? { clientId: p.client_id } : {}) },
  });
  // Without a client id, the issuer alone must name one registration.
  const platform = platforms.length === 1 ? platforms[0]! : null;
  if (!platform) throw new LtiLaunchError("unknown_platform", "This LMS is not registered with Passage.");
  if (!platform.enabled)
    throw new LtiLaunchError("platform_disabled", "Launches from this LMS are turned off in Passage.");
  if (p.lti_deployment_id && !platform.deploymentIds.includes(p.lti_deployment_id))
    throw new LtiLaunchError("deployment", "This deployment of the tool is not registered with Passage.");
  if (new URL(p.target_link_uri).origin !== new URL(urls.base).origin)
    throw new LtiLaunchError("bad_request", "This link points somewhere other than Passage.");

  const state = randomBytes(24).toString("base64url");
  const nonce = randomBytes(24).toString("base64url");
  await db.ltiLaunchState.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  await db.ltiLaunchState.create({
    data: {
      state,
      nonce,
      platformId: platform.id,
      targetLinkUri: p.target_link_uri,
      expiresAt: new Date(Date.now() + STATE_TTL_SECONDS * 1000),
    },
  });
  const auth = new URL(platform.authLoginUrl);
  const q: Record<string, string> = {
    scope: "openid",
    response_type: "id_token",
    response_mode: "form_post",
    prompt: "none",
    client_id: platform.clientId,
    redirect_uri: urls.launch,
    login_hint: p.login_hint,
    state,
    nonce,
    ...(p.lti_message_hint ? { lti_message_hint: p.lti_message_hint } : {}),
  };
  for (const [k, v] of Object.entries(q)) auth.searchParams.set(k, v);
  return { redirect: auth.toString(), state };
}
