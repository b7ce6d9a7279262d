import "server-only";
import { randomUUID } from "node:crypto";
import { importJWK, SignJWT } from "jose";
import { z } from "zod";
import { getSigningToolKey } from "./get-signing-tool-key";

type Platform = { id: string; clientId: string; tokenUrl: string };
type Cached = { token: string; expiresAt: number };

// Per process, by platform and scopes. A token is reused until a minute before it expires (or the platform
// refuses it: forgetPlatformToken), so a class's worth of scores costs one token request, not one each.
const cache = new Map<string, Cached>();
const MARGIN_MS = 60_000;
let requests = 0;

const tokenAnswer = z.object({
  access_token: z.string().min(1).max(8000),
  token_type: z.string().optional(),
  expires_in: z.coerce
    .number()
    .positive()
    .max(86_400 * 30)
    .default(3600),
});

const keyOf = (p: Platform, scopes: string[]) => `${p.id}\n${[...scopes].sort().join(" ")}`;

/**
 * An access token for the platform's LTI Advantage services: the OAuth 2 client-credentials grant with a JWT
 * assertion signed by the tool's newest key (IMS Security Framework 1.0 §4.1, RFC 7523), `aud` the token URL.
 */
export async function getPlatformToken(platform: Platform, scopes: string[]): Promise<string> {
  const key = keyOf(platform, scopes);
  const hit = cache.get(key);
  if (hit && hit.expiresAt - MARGIN_MS > Date.now()) return hit.token;

  const signer = await getSigningToolKey();
  const now = Math.floor(Date.now() / 1000);
  const assertion = await new SignJWT({})
    .setProtectedHeader({ alg: "RS256", kid: signer.kid, typ: "JWT" })
    .setIssuer(platform.clientId)
    .setSubject(platform.clientId)
    .setAudience(platform.tokenUrl)
    .setIssuedAt(now)
    .setExpirationTime(now + 300)
    .setJti(randomUUID())
    .sign(await importJWK(signer.privateJwk, "RS256"));
  requests++;
  const res = await fetch(platform.tokenUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
      client_assertion: assertion,
      scope: scopes.join(" "),
    }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`the LMS's token endpoint answered ${res.status} ${(await res.text()).slice(0, 200)}`);
  const parsed = tokenAnswer.safeParse(await res.json().catch(() => null));
  if (!parsed.success) throw new Error("the LMS's token endpoint answered without an access token");
  cache.set(key, { token: parsed.data.access_token, expiresAt: Date.now() + parsed.data.expires_in * 1000 });
  return parsed.data.access_token;
}

/** Drops a token the platform refused (revoked, or the platform restarted). */
export function forgetPlatformToken(platform: Platform, scopes: string[]): void {
  cache.delete(keyOf(platform, scopes));
}

/** For tests: how many tokens were requested, and a fresh start. */
export const platformTokenRequests = () => requests;
export function forgetPlatformTokens(): void {
  cache.clear();
}
