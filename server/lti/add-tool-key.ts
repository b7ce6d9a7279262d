import "server-only";
import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair } from "jose";
import { db } from "../db";

/** Adds a new RSA key, which then signs. */
export async function addToolKey(): Promise<string> {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { modulusLength: 2048, extractable: true });
  const kid = randomUUID();
  const meta = { kid, alg: "RS256", use: "sig" };
  await db.ltiToolKey.create({
    data: {
      kid,
      publicJwk: { ...(await exportJWK(publicKey)), ...meta },
      privateJwk: { ...(await exportJWK(privateKey)), ...meta },
    },
  });
  return kid;
}
