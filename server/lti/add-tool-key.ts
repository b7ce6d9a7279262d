import "server-only";
import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair } from "jose";
import { db, type Db } from "../db";

/**
 * Adds a new RSA key to the tool's published set (/api/lti/jwks). `activate`: it signs from now on (the first key);
 * without it, it is only published, the first step of a rotation: activate it once the platforms have fetched the
 * new set (activateToolKey), then retire the old one (retireToolKey).
 */
export async function addToolKey(opts: { activate: boolean; client?: Db }): Promise<string> {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { modulusLength: 2048, extractable: true });
  const kid = randomUUID();
  const meta = { kid, alg: "RS256", use: "sig" };
  await (opts.client ?? db).ltiToolKey.create({
    data: {
      kid,
      publicJwk: { ...(await exportJWK(publicKey)), ...meta },
      privateJwk: { ...(await exportJWK(privateKey)), ...meta },
      activatedAt: opts.activate ? new Date() : null,
    },
  });
  return kid;
}
