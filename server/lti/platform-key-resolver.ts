import "server-only";
import { createLocalJWKSet, type FlattenedJWSInput, type JSONWebKeySet, type JWSHeaderParameters } from "jose";
import { z } from "zod";

// The platform's keys change rarely: keep them 10 minutes, and fetch again at once when a token names a key we do
// not have (the platform rotated). Misses refetch at most every 5 seconds, so a stream of made-up `kid`s cannot make
// us hammer the LMS. Per process: losing the cache costs one fetch.
const TTL_MS = 10 * 60_000;
const MISS_COOLDOWN_MS = 5_000;

type Entry = { jwks: JSONWebKeySet; fetchedAt: number; missRefetchAt: number };
const cache = new Map<string, Entry>();

const jwksShape = z.object({ keys: z.array(z.object({ kty: z.string() }).passthrough()).max(50) });

async function fetchJwks(url: string, previous?: Entry): Promise<Entry> {
  const res = await fetch(url, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(5_000) });
  if (!res.ok) throw new Error(`The platform's key set at ${url} answered ${res.status}`);
  const jwks = jwksShape.parse(await res.json()) as JSONWebKeySet;
  const entry = { jwks, fetchedAt: Date.now(), missRefetchAt: previous?.missRefetchAt ?? 0 };
  cache.set(url, entry);
  return entry;
}

/** A key getter for jose's jwtVerify that reads the platform's JWKS at `jwksUrl`, cached as above. */
export function platformKeyResolver(jwksUrl: string) {
  return async (header: JWSHeaderParameters, token: FlattenedJWSInput) => {
    let entry = cache.get(jwksUrl);
    if (!entry || Date.now() - entry.fetchedAt > TTL_MS) entry = await fetchJwks(jwksUrl, entry);
    const known = header.kid !== undefined && entry.jwks.keys.some((k) => k.kid === header.kid);
    if (!known && Date.now() - entry.missRefetchAt > MISS_COOLDOWN_MS) {
      entry.missRefetchAt = Date.now();
      entry = await fetchJwks(jwksUrl, entry);
    }
    return createLocalJWKSet(entry.jwks)(header, token);
  };
}

/** For tests: start from an empty cache. */
export function forgetPlatformKeys(): void {
  cache.clear();
}
