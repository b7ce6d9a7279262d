import "server-only";
import type { JWK } from "jose";
import { db, type Db } from "../db";
import { addToolKey } from "./add-tool-key";

export type ToolKey = { kid: string; publicJwk: JWK; privateJwk: JWK; createdAt: Date; activatedAt: Date | null };

/**
 * The tool's published keys (every key not retired), newest first: what /api/lti/jwks serves. The first key is
 * made, and activated, on first use. Which one signs: getSigningToolKey.
 */
export async function listToolKeys(client: Db = db): Promise<ToolKey[]> {
  const read = () => client.ltiToolKey.findMany({ where: { retiredAt: null }, orderBy: { createdAt: "desc" } });
  let keys = await read();
  if (keys.length === 0) {
    await addToolKey({ activate: true, client });
    keys = await read();
  }
  return keys.map((k) => ({
    kid: k.kid,
    publicJwk: k.publicJwk as JWK,
    privateJwk: k.privateJwk as JWK,
    createdAt: k.createdAt,
    activatedAt: k.activatedAt,
  }));
}
