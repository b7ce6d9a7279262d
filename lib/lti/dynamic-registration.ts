import { z } from "zod";
import { AGS_SCORE_SCOPE, NRPS_SCOPE } from "./lti-claims";
import { toolUrls } from "./tool-urls";

// LTI Dynamic Registration 1.0 (1EdTech): the platform's OpenID configuration (§3.4), the tool's client
// registration (§3.5, OpenID Connect Dynamic Client Registration with the LTI tool configuration) and the answer.

const httpUrl = z
  .string()
  .url()
  .max(500)
  .refine((u) => /^https?:\/\//.test(u), "not an http(s) URL");

const PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";
export const TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";

/** What the tool needs from the platform's OpenID configuration. */
export const platformConfiguration = z.object({
  issuer: httpUrl,
  authorization_endpoint: httpUrl,
  token_endpoint: httpUrl,
  jwks_uri: httpUrl,
  registration_endpoint: httpUrl,
  scopes_supported: z.array(z.string().max(500)).max(100).optional(),
  [PLATFORM_CONFIGURATION]: z
    .object({
      product_family_code: z.string().max(120).optional(),
      version: z.string().max(60).optional(),
    })
    .passthrough()
    .optional(),
});
export type PlatformConfiguration = z.infer<typeof platformConfiguration>;

/** The name the admin page shows for a platform that registered itself: its product and host. */
export function platformName(c: PlatformConfiguration): string {
  const product = c[PLATFORM_CONFIGURATION]?.product_family_code?.trim();
  const host = new URL(c.issuer).host;
  return (product ? `${product} (${host})` : host).slice(0, 120);
}

/** §3.3: the issuer must be of the site that serves the configuration, so a configuration URL of one site cannot
 *  register another site's issuer. */
export function issuerMatchesConfigurationUrl(issuer: string, configurationUrl: string): boolean {
  try {
    return new URL(issuer).origin === new URL(configurationUrl).origin;
  } catch {
    return false;
  }
}

/** The tool's client registration (§3.5.2): how the platform launches it, its keys, what it asks for. */
export function toolRegistration(base: string, scopesSupported: string[] | undefined) {
  const b = base.replace(/\/+$/, "");
  const urls = toolUrls(b);
  const wanted = [AGS_SCORE_SCOPE, NRPS_SCOPE];
  // Ask only for what the platform offers, when it says (a platform refuses a registration with unknown scopes).
  const scope = scopesSupported ? wanted.filter((s) => scopesSupported.includes(s)) : wanted;
  return {
    application_type: "web",
    response_types: ["id_token"],
    grant_types: ["implicit", "client_credentials"],
    initiate_login_uri: urls.login,
    redirect_uris: [urls.launch],
    client_name: "Passage",
    jwks_uri: urls.jwks,
    logo_uri: `${b}/icon-192.png`,
    token_endpoint_auth_method: "private_key_jwt",
    scope: scope.join(" "),
    [TOOL_CONFIGURATION]: {
      domain: new URL(b).host,
      target_link_uri: `${b}/`,
      description: "Essay quizzes and discussion, anchored to the passages of the reading.",
      claims: ["iss", "sub", "name", "given_name", "family_name"],
      messages: [
        { type: "LtiResourceLinkRequest", target_link_uri: `${b}/`, label: "Passage" },
        {
          type: "LtiDeepLinkingRequest",
          target_link_uri: `${b}/`,
          label: "Passage quiz",
          placements: ["ContentArea", "assignment_selection", "link_selection"],
          supported_types: ["ltiResourceLink"],
        },
      ],
    },
  };
}

/** The platform's answer (§3.6): the registration as it keeps it, with the client id and the deployment. */
export const registrationResponse = z.object({
  client_id: z.string().trim().min(1).max(255),
  [TOOL_CONFIGURATION]: z
    .object({ deployment_id: z.string().trim().min(1).max(255).optional() })
    .passthrough()
    .optional(),
});
