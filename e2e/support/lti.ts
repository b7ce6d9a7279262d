// LMS registrations written straight to the database, as an admin's form would (the form itself is tested in
// lti-launch.spec.ts): the loopback platform peer for the LTI specs, a placeholder LMS for the authz fixtures.
import { randomBytes } from "node:crypto";
import type { LtiPlatform } from "../../tests/support/lti-platform";
import { sql } from "./fixtures";

type Registration = {
  name: string;
  issuer: string;
  clientId: string;
  authLoginUrl: string;
  tokenUrl: string;
  jwksUrl: string;
  deploymentId: string;
};

/** Registers an LMS, made by `ownerId`; returns its id. */
export async function insertLtiPlatform(ownerId: string, r: Registration): Promise<string> {
  const id = `ltip_${randomBytes(6).toString("hex")}`;
  await sql(
    `INSERT INTO "LtiPlatform" (id, name, issuer, "clientId", "authLoginUrl", "tokenUrl", "jwksUrl", "deploymentIds", "createdById")
     VALUES ($1, $2, $3, $4, $5, $6, $7, ARRAY[$8], $9)`,
    [id, r.name, r.issuer, r.clientId, r.authLoginUrl, r.tokenUrl, r.jwksUrl, r.deploymentId, ownerId],
  );
  return id;
}

/** An LMS nobody launches from (an issuer of its own, deployment "d1"): rows for the authorization matrices. */
export const placeholderLms = (): Registration => ({
  name: "Matrix LMS",
  issuer: `https://lms.example/${randomBytes(6).toString("hex")}`,
  clientId: "client",
  authLoginUrl: "https://lms.example/auth",
  tokenUrl: "https://lms.example/token",
  jwksUrl: "https://lms.example/jwks",
  deploymentId: "d1",
});

/** The platform peer registered by `ownerId`, trusting this tool's keys (for its token endpoint). */
export async function registerPeer(peer: LtiPlatform, ownerId: string, baseURL: string): Promise<string> {
  peer.trustTool(`${baseURL}/api/lti/jwks`);
  return insertLtiPlatform(ownerId, {
    name: "Peer LMS",
    issuer: peer.issuer,
    clientId: peer.clientId,
    authLoginUrl: peer.urls.auth,
    tokenUrl: peer.urls.token,
    jwksUrl: peer.urls.jwks,
    deploymentId: peer.deploymentId,
  });
}
