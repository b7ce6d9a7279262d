import "server-only";
import {
  issuerMatchesConfigurationUrl,
  platformConfiguration,
  platformName,
  registrationResponse,
  toolRegistration,
  TOOL_CONFIGURATION,
} from "@/lib/lti/dynamic-registration";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { refusePrivateHost } from "./refuse-private-host";
import { requireLtiAdmin } from "./require-lti-admin";

export type Registered = { id: string; name: string; enabled: boolean };

const refuse = (why: string) => new AppError("UPSTREAM", `Passage could not register with this LMS: ${why}`);

/**
 * LTI Dynamic Registration 1.0, the tool's side (§3.4–3.6): reads the platform's OpenID configuration (with the
 * registration token, which some platforms require there too), checks that its issuer is of the site that served
 * it, posts the tool's client registration to its registration endpoint with the token, and stores the platform
 * from the answer. Registered by a signed-in admin, the platform is enabled at once; registered without one (only
 * when LTI_DYNAMIC_REGISTRATION=open), it waits, disabled, for an admin to turn it on (decision 0080).
 */
export async function registerLtiPlatform(opts: {
  configurationUrl: string;
  registrationToken: string | null;
  base: string;
  /** the signed-in admin, or "open": no one signed in, which the route allows only with LTI_DYNAMIC_REGISTRATION=open */
  by: SessionUser | "open";
  /** an open registration may reach an LMS on a private address (LTI_REGISTRATION_PRIVATE_HOSTS=allow) */
  allowPrivateHosts?: boolean;
}): Promise<Registered> {
  if (opts.by !== "open") requireLtiAdmin(opts.by);
  const { configurationUrl, registrationToken } = opts;
  let url: URL;
  try {
    url = new URL(configurationUrl);
  } catch {
    throw new AppError("INVALID", "The LMS sent a configuration address that is not a URL.");
  }
  // An https deployment talks to LMSs over https only (http is for a tool running locally, as in the tests).
  const allowed = opts.base.startsWith("https://") ? ["https:"] : ["https:", "http:"];
  if (!allowed.includes(url.protocol)) throw new AppError("INVALID", "The LMS's configuration address must be https.");
  const bearer: Record<string, string> = registrationToken ? { authorization: `Bearer ${registrationToken}` } : {};
  // Nobody signed in: the addresses it is told to call must be public ones, and what they answer is not echoed.
  const stranger = opts.by === "open";
  const guard = stranger && !opts.allowPrivateHosts ? refusePrivateHost : async () => {};

  await guard(url.toString());
  const config = platformConfiguration.safeParse(await getJson(url.toString(), bearer, stranger));
  if (!config.success) throw refuse("its configuration lacks the endpoints LTI needs.");
  const c = config.data;
  if (!issuerMatchesConfigurationUrl(c.issuer, url.toString()))
    throw refuse(`its configuration names the issuer ${c.issuer}, which is not the site that served it.`);

  await guard(c.registration_endpoint);
  const answer = await postJson(
    c.registration_endpoint,
    toolRegistration(opts.base, c.scopes_supported),
    bearer,
    stranger,
  );
  const reg = registrationResponse.safeParse(answer);
  if (!reg.success) throw refuse("its answer to the registration has no client ID.");
  const deploymentId = reg.data[TOOL_CONFIGURATION]?.deployment_id;
  if (!deploymentId) throw refuse("it gave no deployment ID. Register it by hand on the LMS connections page instead.");

  const enabled = opts.by !== "open";
  try {
    const p = await db.ltiPlatform.create({
      data: {
        name: platformName(c),
        issuer: c.issuer,
        clientId: reg.data.client_id,
        deploymentIds: [deploymentId],
        authLoginUrl: c.authorization_endpoint,
        tokenUrl: c.token_endpoint,
        jwksUrl: c.jwks_uri,
        enabled,
        createdById: opts.by === "open" ? null : opts.by.id,
      },
      select: { id: true, name: true },
    });
    return { ...p, enabled };
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")
      throw new AppError("CONFLICT", "This LMS and client ID are already registered with Passage.");
    throw e;
  }
}

async function getJson(url: string, headers: Record<string, string>, quiet: boolean): Promise<unknown> {
  const res = await send(url, { headers: { accept: "application/json", ...headers } }, quiet);
  return res.json().catch(() => null);
}

async function postJson(url: string, body: unknown, headers: Record<string, string>, quiet: boolean): Promise<unknown> {
  const res = await send(
    url,
    {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...headers },
      body: JSON.stringify(body),
    },
    quiet,
  );
  return res.json().catch(() => null);
}

/** `quiet`: the refusal names the status only, never the body (an open registration's caller is anyone). */
async function send(url: string, init: RequestInit, quiet: boolean): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, redirect: "error", signal: AbortSignal.timeout(10_000) });
  } catch (e) {
    console.error("LTI dynamic registration request failed", url, e);
    throw refuse(`${new URL(url).host} did not answer.`);
  }
  if (!res.ok) {
    const detail = quiet ? "" : (await res.text().catch(() => "")).slice(0, 200);
    throw refuse(`${new URL(url).host} answered ${res.status} ${detail}`.trim());
  }
  return res;
}
