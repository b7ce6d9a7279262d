// LTI 1.3 resource link launches from a platform peer written from the IMS specs (tests/support/lti-platform.ts):
// accounts, classes and links made from the launch, the session it signs in, and the new-window handoff.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forgetPlatformKeys } from "@/server/lti/platform-key-resolver";
import { LtiPlatform, ROLE } from "../support/lti-platform";
import {
  BASE,
  continueLaunch,
  initiateLogin,
  launch,
  login,
  postLaunch,
  registerPlatform,
  sessionOf,
} from "../support/lti-tool";
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

const teacher = { sub: "t-100", name: "Tess Teacher", roles: [ROLE.instructor] };
const student = { sub: "s-200", name: "Sam Student", roles: [ROLE.learner] };
const course = { id: "course-42", title: "Reading Seminar 42" };
const link = { id: "link-7", title: "Week 7 quiz" };

describe("LTI launch", () => {
  it("sends the login initiation to the platform's authorization endpoint with a fresh state and nonce", async () => {
    const l = await login(p, { user: teacher });
    expect(`${l.auth.origin}${l.auth.pathname}`).toBe(p.urls.auth);
    const q = Object.fromEntries(l.auth.searchParams);
    expect(q).toMatchObject({
      scope: "openid",
      response_type: "id_token",
      response_mode: "form_post",
      prompt: "none",
      client_id: p.clientId,
      redirect_uri: `${BASE}/api/lti/launch`,
    });
    expect(q.lti_message_hint).toMatch(/^msg-/);
    expect(l.state).toMatch(/^[\w-]{32}$/);
    expect(l.nonce).not.toBe(l.state);
    expect(l.cookie).toBe(`lti-state-${l.state}=1`);
  });

  it("makes the teacher's course a class and signs the teacher in on it, with an account that has no password", async () => {
    const res = await launch(p, { user: teacher, context: course, resourceLink: link });
    expect(res.status).toBe(303);
    const userLink = await prisma.ltiUserLink.findFirstOrThrow({
      where: { issuer: p.issuer, sub: teacher.sub, platform: { clientId: p.clientId } },
      include: { user: true },
    });
    expect(userLink.user).toMatchObject({ name: "Tess Teacher", role: "INSTRUCTOR", passwordHash: null });
    const ctx = await prisma.ltiContext.findFirstOrThrow({ where: { contextId: course.id }, include: { class: true } });
    expect(ctx.class).toMatchObject({ name: "Reading Seminar 42", instructorId: userLink.userId });
    expect(res.headers.get("location")).toBe(`${BASE}/classes/${ctx.classId}`);
    const session = await sessionOf(res);
    expect(session).toMatchObject({ uid: userLink.userId, role: "INSTRUCTOR", sv: 0 });
    // The state cookie is cleared once used.
    expect(res.headers.getSetCookie().some((c) => c.startsWith(`lti-state-`) && c.includes("Max-Age=0"))).toBe(true);
  });

  it("enrols a student, tells them when the link has no assignment yet, and lands them on it once it has", async () => {
    const first = await launch(p, { user: student, context: course, resourceLink: link });
    expect(first.status).toBe(200);
    expect(await first.text()).toContain("has not chosen an assignment for this link yet");
    const s = await prisma.ltiUserLink.findFirstOrThrow({
      where: { issuer: p.issuer, sub: student.sub, platform: { clientId: p.clientId } },
    });
    expect(await sessionOf(first)).toMatchObject({ uid: s.userId, role: "STUDENT" });
    const ctx = await prisma.ltiContext.findFirstOrThrow({ where: { contextId: course.id } });
    expect(await prisma.enrollment.count({ where: { classId: ctx.classId, userId: s.userId } })).toBe(1);

    const set = await prisma.questionSet.create({ data: { title: "LTI set", ownerId: await teacherId() } });
    const a = await prisma.assignment.create({ data: { classId: ctx.classId, setId: set.id, title: "Week 7" } });
    await prisma.ltiResourceLink.updateMany({ where: { resourceLinkId: link.id }, data: { assignmentId: a.id } });
    const again = await launch(p, { user: student, context: course, resourceLink: link });
    expect(again.status).toBe(303);
    expect(again.headers.get("location")).toBe(`${BASE}/assignments/${a.id}`);
    // Same account, same enrolment: a second launch adds nothing.
    expect(await prisma.ltiUserLink.count({ where: { issuer: p.issuer, sub: student.sub } })).toBe(1);
    expect(await prisma.enrollment.count({ where: { classId: ctx.classId, userId: s.userId } })).toBe(1);
    const teacherThere = await launch(p, { user: teacher, context: course, resourceLink: link });
    expect(teacherThere.headers.get("location")).toBe(`${BASE}/assignments/${a.id}`);
  });

  it("follows the platform's key rotation: a token under a new kid fetches the key set again and is accepted", async () => {
    const fetches = p.jwksFetches;
    await p.rotate();
    const res = await launch(p, { user: teacher, context: course });
    expect(res.status).toBe(303);
    expect(p.jwksFetches).toBe(fetches + 1);
    expect((await launch(p, { user: teacher, context: course })).status).toBe(303);
    expect(p.jwksFetches).toBe(fetches + 1); // cached again
  });

  it("keeps accounts to the registration that made them: another one claiming the same issuer gets its own", async () => {
    // A second registration naming this platform's issuer, with its own client id and keys (a rogue one).
    const rogue = await new LtiPlatform().start();
    try {
      await prisma.ltiPlatform.create({
        data: {
          name: "Rogue",
          issuer: p.issuer,
          clientId: rogue.clientId,
          deploymentIds: [rogue.deploymentId],
          authLoginUrl: rogue.urls.auth,
          tokenUrl: rogue.urls.token,
          jwksUrl: rogue.urls.jwks,
        },
      });
      const spec = { user: teacher, context: { id: "rogue-course", title: "Rogue" } };
      const res = await initiateLogin({ ...rogue.loginParams(rogue.prepare(spec), `${BASE}/`), iss: p.issuer });
      const auth = new URL(res.headers.get("location")!);
      const idToken = await rogue.sign(rogue.claims(spec, auth.searchParams.get("nonce")!, `${BASE}/`), {
        iss: p.issuer,
      });
      const launched = await postLaunch(
        { id_token: idToken, state: auth.searchParams.get("state")! },
        { cookie: res.headers.get("set-cookie")!.split(";")[0]! },
      );
      expect(launched.status).toBe(303);
      const real = await prisma.ltiUserLink.findFirstOrThrow({
        where: { issuer: p.issuer, sub: teacher.sub, platform: { clientId: p.clientId } },
      });
      const session = await sessionOf(launched);
      expect(session?.uid).toBeTruthy();
      expect(session?.uid).not.toBe(real.userId);
    } finally {
      await rogue.stop();
    }
  });

  it("continues in a new window, once, when the state cookie does not come back (an LMS iframe)", async () => {
    const l = await login(p, { user: teacher, context: course });
    const idToken = await p.sign(p.claims({ user: teacher, context: course }, l.nonce, `${BASE}/`));
    // Canvas serves its courses on the school's own domain: the page that posted the launch may frame it.
    const origin = { "sec-fetch-dest": "iframe", origin: "https://school.example" };
    const res = await postLaunch({ id_token: idToken, state: l.state }, origin);
    expect(res.status).toBe(200);
    expect(await sessionOf(res)).toBeNull();
    const html = await res.text();
    expect(html).toContain('target="_blank"');
    expect(html).toContain("<strong>Tess Teacher</strong>"); // who the new window signs in
    expect(html).not.toContain("location.replace"); // it never continues by itself
    // Only registered platforms (and that page) may frame it.
    const ancestors = /frame-ancestors ([^;]+)/.exec(res.headers.get("content-security-policy") ?? "")![1]!.split(" ");
    expect(ancestors).toContain(p.issuer);
    expect(ancestors).toContain("https://school.example");
    expect(ancestors).not.toContain("'none'");
    const token = /continue\?token=([\w-]+)/.exec(html)![1]!;
    const opened = await continueLaunch(token);
    expect(opened.status).toBe(303);
    expect(await sessionOf(opened)).toMatchObject({ role: "INSTRUCTOR" });
    const twice = await continueLaunch(token);
    expect(twice.status).toBe(400);
    expect(twice.headers.get("x-lti-refusal")).toBe("handoff");
  });

  it("does not sign in inside a frame even when the cookie comes back (the app's pages cannot be framed)", async () => {
    const l = await login(p, { user: teacher, context: course });
    const idToken = await p.sign(p.claims({ user: teacher, context: course }, l.nonce, `${BASE}/`));
    const res = await postLaunch(
      { id_token: idToken, state: l.state },
      { cookie: l.cookie, "sec-fetch-dest": "iframe" },
    );
    expect(res.status).toBe(200);
    expect(await sessionOf(res)).toBeNull();
  });
});

async function teacherId() {
  const t = await prisma.ltiUserLink.findFirstOrThrow({
    where: { issuer: p.issuer, sub: teacher.sub, platform: { clientId: p.clientId } },
  });
  return t.userId;
}
