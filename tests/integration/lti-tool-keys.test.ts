// Rotating the tool's LTI signing keys (npm run lti:keys): add publishes a key without signing with it, activate
// switches signing, retire unpublishes the old key, and the only signing key cannot be retired. On a database of
// its own: the shared test database's keys sign the other LTI files' tokens while they run.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { createLocalJWKSet, importJWK, jwtVerify, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { addToolKey } from "@/server/lti/add-tool-key";
import { getSigningToolKey } from "@/server/lti/get-signing-tool-key";
import { listToolKeys } from "@/server/lti/list-tool-keys";
import { activateToolKey, retireToolKey } from "@/server/lti/rotate-tool-key";
import { prismaFor, scratchDatabase } from "../support/test-db";

const root = path.resolve(import.meta.dirname, "../..");
let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
let client: PrismaClient;

beforeAll(async () => {
  scratch = await scratchDatabase("toolkeys");
  const r = spawnSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: scratch.url },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`prisma migrate deploy: ${r.stdout}\n${r.stderr}`);
  client = prismaFor(scratch.url);
}, 180_000);
afterAll(async () => {
  await client?.$disconnect();
  await scratch?.drop();
});

/** What a platform does with the tool's signature: verify it against the published set. */
async function verifies(jwt: string): Promise<boolean> {
  const jwks = { keys: (await listToolKeys(client)).map((k) => k.publicJwk) };
  return jwtVerify(jwt, createLocalJWKSet(jwks)).then(
    () => true,
    () => false,
  );
}
async function signNow(): Promise<string> {
  const k = await getSigningToolKey(client);
  return new SignJWT({ ok: true })
    .setProtectedHeader({ alg: "RS256", kid: k.kid })
    .setIssuedAt()
    .setExpirationTime("5m")
    .sign(await importJWK(k.privateJwk, "RS256"));
}

describe("LTI tool key rotation", () => {
  it("publishes a new key first, switches signing on activation, and unpublishes the retired key", async () => {
    const first = await getSigningToolKey(client); // made on first use, and signing
    const before = await signNow();

    const next = await addToolKey({ activate: false, client });
    expect((await listToolKeys(client)).map((k) => k.kid)).toEqual([next, first.kid]);
    expect((await getSigningToolKey(client)).kid).toBe(first.kid);

    await activateToolKey(next, client);
    expect((await getSigningToolKey(client)).kid).toBe(next);
    const after = await signNow();
    expect(await verifies(before)).toBe(true); // both published: tokens from before the switch still verify
    expect(await verifies(after)).toBe(true);

    await retireToolKey(first.kid, client);
    expect((await listToolKeys(client)).map((k) => k.kid)).toEqual([next]);
    expect(await verifies(before)).toBe(false);
    expect(await verifies(after)).toBe(true);
  });

  it("refuses to retire the only signing key, or an unknown one", async () => {
    const signer = await getSigningToolKey(client);
    const waiting = await addToolKey({ activate: false, client });
    await expect(retireToolKey(signer.kid, client)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(retireToolKey("no-such-kid", client)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(activateToolKey("no-such-kid", client)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A key that never signed may go.
    await retireToolKey(waiting, client);
    expect((await getSigningToolKey(client)).kid).toBe(signer.kid);
  });
});
