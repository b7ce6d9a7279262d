// Every validation rule of an LTI launch, each with a launch that breaks only that rule: it gets a clear page with
// the rule's reason and creates nothing (no account, class, link or enrolment).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { forgetPlatformKeys } from "@/server/lti/platform-key-resolver";
import { LtiPlatform, ROLE, type LaunchSpec } from "../support/lti-platform";
import { BASE, footprint, initiateLogin, launch, login, postLaunch, registerPlatform } from "../support/lti-tool";
import { prismaFor } from "../support/test-db";

const prisma = prismaFor();
let p: LtiPlatform;

beforeAll(async () => {
  forgetPlatformKeys();
  p = await new LtiPlatform().start();
  await registerPlatform(prisma, p);
});
afterAll(async () => {
  await p.stop();
  await prisma.$disconnect();
});

const student: LaunchSpec = { user: { sub: "s-1", name: "Stu", roles: [ROLE.learner] } };
const teacher: LaunchSpec = { user: { sub: "t-1", name: "Tea", roles: [ROLE.instructor] } };
const now = () => Math.floor(Date.now() / 1000);

type Sign = Parameters<LtiPlatform["sign"]>[1];
/** Logs in as `spec`, signs its id_token with `claims` merged in and `opts`, posts it with the state cookie. */
async function tampered(spec: LaunchSpec, claims: Record<string, unknown> = {}, opts: Sign = {}) {
  const l = await login(p, spec);
  const idToken = await p.sign({ ...p.claims(spec, l.nonce, `${BASE}/`), ...claims }, opts);
  return postLaunch({ id_token: idToken, state: l.state }, { cookie: l.cookie });
}

let before: Awaited<ReturnType<typeof footprint>>;
beforeEach(async () => {
  // The course exists (its teacher launched once), so a student's launch would enrol them if it got through.
  await launch(p, { ...teacher });
  before = await footprint(prisma, p);
});

async function expectRefused(res: Response, reason: string) {
  expect(res.headers.get("x-lti-refusal")).toBe(reason);
  expect(res.status).toBe(400);
  expect(await res.text()).toContain("Nothing was changed");
  expect(res.headers.getSetCookie().some((c) => c.includes("session-token"))).toBe(false);
  expect(await footprint(prisma, p)).toEqual(before);
}

describe("LTI launch refusals", () => {
  it("unknown issuer, disabled platform, deployment or a target elsewhere at login initiation", async () => {
    const params = p.loginParams(p.prepare(student), `${BASE}/`);
    await expectRefused(await initiateLogin({ ...params, iss: "https://lms.unknown.example" }), "unknown_platform");
    await expectRefused(await initiateLogin({ ...params, client_id: "someone-else" }), "unknown_platform");
    await expectRefused(await initiateLogin({ ...params, lti_deployment_id: "dep-x" }), "deployment");
    await expectRefused(await initiateLogin({ ...params, target_link_uri: "https://evil.example/" }), "bad_request");
    await prisma.ltiPlatform.updateMany({ where: { issuer: p.issuer }, data: { enabled: false } });
    try {
      await expectRefused(await initiateLogin(params), "platform_disabled");
    } finally {
      await prisma.ltiPlatform.updateMany({ where: { issuer: p.issuer }, data: { enabled: true } });
    }
  });

  it("answers a client that does not ask for a page (no text/html) with the app's JSON error", async () => {
    const { GET } = await import("@/app/api/lti/launch/continue/route");
    const res = await GET(new Request(`${BASE}/api/lti/launch/continue?token=nope`));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: "INVALID", error: expect.stringContaining("expired") });
  });

  it("a state it did not issue, or one already used", async () => {
    const l = await login(p, student);
    const idToken = await p.sign(p.claims(student, l.nonce, `${BASE}/`));
    await expectRefused(await postLaunch({ id_token: idToken, state: "made-up" }, { cookie: l.cookie }), "state");
    expect((await postLaunch({ id_token: idToken, state: l.state }, { cookie: l.cookie })).status).toBe(200); // signed in: no assignment yet
    before = await footprint(prisma, p);
    await expectRefused(await postLaunch({ id_token: idToken, state: l.state }, { cookie: l.cookie }), "state");
  });

  it("a state older than ten minutes", async () => {
    const l = await login(p, student);
    await prisma.ltiLaunchState.update({ where: { state: l.state }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const idToken = await p.sign(p.claims(student, l.nonce, `${BASE}/`));
    await expectRefused(await postLaunch({ id_token: idToken, state: l.state }, { cookie: l.cookie }), "state");
  });

  it("a nonce from another login (a replayed token under a fresh state)", async () => {
    const old = await login(p, student);
    const fresh = await login(p, student);
    const idToken = await p.sign(p.claims(student, old.nonce, `${BASE}/`));
    await expectRefused(await postLaunch({ id_token: idToken, state: fresh.state }, { cookie: fresh.cookie }), "nonce");
  });

  it("a signature by a key the platform does not hold, under its key id or another", async () => {
    const forger = await LtiPlatform.strangerKey();
    const published = JSON.parse(await (await fetch(p.urls.jwks)).text()).keys[0].kid as string;
    await expectRefused(await tampered(student, {}, { key: { ...forger, kid: published } }), "signature");
    const fetches = p.jwksFetches;
    await expectRefused(await tampered(student, {}, { key: forger }), "unknown_key");
    expect(p.jwksFetches).toBe(fetches + 1); // an unknown kid fetches the key set again
  });

  it("a student posing as instructor: roles changed after signing break the signature", async () => {
    const l = await login(p, student);
    const idToken = await p.sign(p.claims(student, l.nonce, `${BASE}/`));
    const [h, body, sig] = idToken.split(".") as [string, string, string];
    const claims = JSON.parse(Buffer.from(body, "base64url").toString());
    claims["https://purl.imsglobal.org/spec/lti/claim/roles"] = [ROLE.instructor];
    const forged = `${h}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.${sig}`;
    await expectRefused(await postLaunch({ id_token: forged, state: l.state }, { cookie: l.cookie }), "signature");
  });

  it("another issuer or audience, or an authorized party that is not this tool", async () => {
    await expectRefused(await tampered(student, {}, { iss: "https://lms.other.example" }), "issuer");
    await expectRefused(await tampered(student, {}, { aud: "another-tool" }), "audience");
    await expectRefused(await tampered(student, {}, { aud: [p.clientId, "another-tool"] }), "audience");
    await expectRefused(await tampered(student, { azp: "another-tool" }), "audience");
  });

  it("an expired token, one issued long ago, or one dated in the future", async () => {
    await expectRefused(await tampered(student, {}, { iat: now() - 600, exp: now() - 60 }), "expired");
    await expectRefused(await tampered(student, {}, { iat: now() - 3600, exp: now() + 600 }), "expired");
    await expectRefused(await tampered(student, {}, { iat: now() + 600, exp: now() + 900 }), "issued_at");
  });

  it("an unregistered deployment, another message type or LTI version", async () => {
    const LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    await expectRefused(await tampered(student, { [`${LTI}deployment_id`]: "dep-x" }), "deployment");
    await expectRefused(await tampered(student, { [`${LTI}message_type`]: "LtiStartProctoring" }), "message_type");
    await expectRefused(await tampered(student, { [`${LTI}version`]: "1.1" }), "version");
    await expectRefused(await tampered(student, { [`${LTI}context`]: undefined }), "claims");
  });

  it("a role with no place here, an account launched in another role, a course another teacher owns", async () => {
    await expectRefused(await tampered({ user: { sub: "m-1", name: "Mentor", roles: [ROLE.mentor] } }), "role");
    await expectRefused(
      await tampered({ user: { ...student.user, sub: "t-1", roles: [ROLE.learner] } }),
      "role_mismatch",
    );
    await expectRefused(
      await tampered({ user: { sub: "t-2", name: "Other", roles: [ROLE.instructor] } }),
      "course_taken",
    );
    await expectRefused(
      await tampered({ ...student, context: { id: "new-course", title: "New" } }),
      "course_not_ready",
    );
  });
});
