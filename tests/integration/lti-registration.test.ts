// LTI Dynamic Registration 1.0 with the platform peer (tests/support/lti-platform.ts): the tool reads the peer's
// OpenID configuration with the registration token, posts its registration, and stores the platform (enabled when
// an admin registered it, off when it registered itself); a lying issuer, a spent token, an answer without a
// deployment or a caller who is not an admin store nothing; the registered platform then launches.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as jwksGet } from "@/app/api/lti/jwks/route";
import { GET as registerGet } from "@/app/api/lti/register/route";
import type { SessionUser } from "@/server/auth/session";
import { forgetPlatformKeys } from "@/server/lti/platform-key-resolver";
import { registerLtiPlatform } from "@/server/lti/register-lti-platform";
import { LtiPlatform, NRPS_SCOPE, AGS_SCOPE, ROLE } from "../support/lti-platform";
import { BASE, launch } from "../support/lti-tool";
import { prismaFor } from "../support/test-db";

const prisma = prismaFor();
const peers: LtiPlatform[] = [];
let admin: SessionUser;
let teacher: SessionUser;

async function peer() {
  const p = await new LtiPlatform().start();
  p.trustTool(async () => (await jwksGet()).json());
  peers.push(p);
  return p;
}
const stored = (p: LtiPlatform) => prisma.ltiPlatform.findMany({ where: { issuer: p.issuer } });

beforeAll(async () => {
  forgetPlatformKeys();
  const tag = randomUUID().slice(0, 8);
  const a = await prisma.user.create({
    data: { email: `dr-admin-${tag}@e2e.school`, name: "Ada Admin", role: "INSTRUCTOR", isAdmin: true },
  });
  admin = { id: a.id, name: a.name, email: a.email, role: "INSTRUCTOR", isAdmin: true };
  const t = await prisma.user.create({
    data: { email: `dr-teacher-${tag}@e2e.school`, name: "Tom Teacher", role: "INSTRUCTOR" },
  });
  teacher = { id: t.id, name: t.name, email: t.email, role: "INSTRUCTOR", isAdmin: false };
});
afterEach(async () => {
  await Promise.all(peers.splice(0).map((p) => p.stop()));
});
afterAll(async () => {
  await prisma.$disconnect();
});

describe("LTI Dynamic Registration", () => {
  it("registers with the platform as an admin: enabled, with the platform's endpoints, and launches work", async () => {
    const p = await peer();
    const start = p.registrationStart();
    const r = await registerLtiPlatform({
      configurationUrl: start.openid_configuration,
      registrationToken: start.registration_token,
      base: BASE,
      by: admin,
    });
    expect(r).toMatchObject({ enabled: true, name: expect.stringContaining("peer-lms") });
    expect(await stored(p)).toEqual([
      expect.objectContaining({
        clientId: p.clientId,
        deploymentIds: [p.deploymentId],
        authLoginUrl: p.urls.auth,
        tokenUrl: p.urls.token,
        jwksUrl: p.urls.jwks,
        enabled: true,
        createdById: admin.id,
      }),
    ]);
    // What the platform received: the tool's URLs, its keys, the scopes for grades and rosters, Deep Linking.
    const reg = p.registrations[0]!;
    expect(reg).toMatchObject({
      initiate_login_uri: `${BASE}/api/lti/login`,
      redirect_uris: [`${BASE}/api/lti/launch`],
      jwks_uri: `${BASE}/api/lti/jwks`,
      token_endpoint_auth_method: "private_key_jwt",
    });
    expect((reg.scope as string).split(" ").sort()).toEqual([AGS_SCOPE.score, NRPS_SCOPE].sort());
    const config = reg["https://purl.imsglobal.org/spec/lti-tool-configuration"] as { messages: { type: string }[] };
    expect(config.messages.map((m) => m.type)).toContain("LtiDeepLinkingRequest");

    const res = await launch(p, { user: { sub: `t-${randomUUID()}`, name: "Dyna Teacher", roles: [ROLE.instructor] } });
    expect(res.status).toBe(303);
  });

  it("keeps a platform that registered itself (open registration) turned off, and its launches refused", async () => {
    const p = await peer();
    const start = p.registrationStart();
    const r = await registerLtiPlatform({
      configurationUrl: start.openid_configuration,
      registrationToken: start.registration_token,
      base: BASE,
      by: "open",
      // The peer is on loopback; a deployment allows that only with LTI_REGISTRATION_PRIVATE_HOSTS=allow.
      allowPrivateHosts: true,
    });
    expect(r.enabled).toBe(false);
    expect(await stored(p)).toEqual([expect.objectContaining({ enabled: false, createdById: null })]);
    const res = await launch(p, {
      user: { sub: `t-${randomUUID()}`, name: "Early Bird", roles: [ROLE.instructor] },
    }).catch((e: Error) => e);
    expect(String(res)).toContain("platform_disabled");
  });

  it("refuses, without asking it anything, an open registration whose LMS is on a private or loopback address", async () => {
    const p = await peer();
    const start = p.registrationStart();
    const err = await registerLtiPlatform({
      configurationUrl: start.openid_configuration,
      registrationToken: start.registration_token,
      base: BASE,
      by: "open",
    }).catch((e: Error) => e);
    expect(String(err)).toContain("is on a private or local network address");
    expect(p.registrations).toEqual([]);
    expect(await stored(p)).toEqual([]);
    // A signed-in admin may still register an LMS on the school's own network.
    const start2 = p.registrationStart();
    const r = await registerLtiPlatform({
      configurationUrl: start2.openid_configuration,
      registrationToken: start2.registration_token,
      base: BASE,
      by: admin,
    });
    expect(r.enabled).toBe(true);
  });

  it("stores nothing for an issuer of another site, a spent token, no deployment, or a caller who is not an admin", async () => {
    const p = await peer();
    const attempt = (by: SessionUser = admin) => {
      const start = p.registrationStart();
      return registerLtiPlatform({
        configurationUrl: start.openid_configuration,
        registrationToken: start.registration_token,
        base: BASE,
        by,
      });
    };
    p.configIssuer = "https://lms.other.example";
    await expect(attempt()).rejects.toMatchObject({
      code: "UPSTREAM",
      message: expect.stringContaining("which is not the site that served it"),
    });
    expect(p.registrations).toHaveLength(0);
    p.configIssuer = null;

    await expect(
      registerLtiPlatform({
        configurationUrl: `${p.issuer}/.well-known/openid-configuration`,
        registrationToken: "made-up",
        base: BASE,
        by: admin,
      }),
    ).rejects.toMatchObject({ code: "UPSTREAM", message: expect.stringContaining("answered 401") });

    p.answersDeployment = false;
    await expect(attempt()).rejects.toMatchObject({ message: expect.stringContaining("gave no deployment ID") });
    p.answersDeployment = true;

    await expect(attempt(teacher)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      registerLtiPlatform({
        configurationUrl: "ftp://lms.example/x",
        registrationToken: null,
        base: "https://app.example",
        by: admin,
      }),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect(await stored(p)).toEqual([]);

    // The same registration twice: the second is refused, the first stays.
    await attempt();
    await expect(attempt()).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await stored(p)).toHaveLength(1);
  });

  it("answers the LMS's registration link with a page its frame may show, and a clear refusal without it", async () => {
    const p = await peer();
    const start = p.registrationStart();
    const res = await registerGet(new Request(`${BASE}/api/lti/register?${new URLSearchParams(start)}`));
    expect(res.status).toBe(200);
    const ancestors = /frame-ancestors ([^;]*)/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
    expect(ancestors?.split(" ")).toContain(p.issuer);
    const page = await res.text();
    expect(page).toContain("Continue in a new window");
    expect(page).toContain(`${BASE}/lti/register?openid_configuration=`);

    const html = { accept: "text/html,application/xhtml+xml" };
    const bare = await registerGet(new Request(`${BASE}/api/lti/register`, { headers: html }));
    expect(bare.status).toBe(400);
    expect(await bare.text()).toContain("the link lacks its configuration");
    // Anything but a browser gets the app's JSON error.
    const api = await registerGet(new Request(`${BASE}/api/lti/register`));
    expect(api.status).toBe(400);
    expect(await api.json()).toMatchObject({
      code: "INVALID",
      error: expect.stringContaining("lacks its configuration"),
    });
  });
});
