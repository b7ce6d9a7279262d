import "server-only";
import type { JWK } from "jose";
import { db } from "../db";
import { addToolKey } from "./add-tool-key";

/**
 * The tool's signing keys, newest first (the newest signs). Made on first use; rotating is adding a newer row
 * (see README, "Use it from your LMS") and, once platforms have refetched, setting `retiredAt` on the old one.
 */
export async function listToolKeys(): Promise<{ kid: string; publicJwk: JWK; privateJwk: JWK }[]> {
  let keys = await db.ltiToolKey.findMany({ where: { retiredAt: null }, orderBy: { createdAt: "desc" } });
  if (keys.length === 0) {
    await addToolKey();
    keys = await db.ltiToolKey.findMany({ where: { retiredAt: null }, orderBy: { createdAt: "desc" } });
  }
  return keys.map((k) => ({ kid: k.kid, publicJwk: k.publicJwk as JWK, privateJwk: k.privateJwk as JWK }));
}
