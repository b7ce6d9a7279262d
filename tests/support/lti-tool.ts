// Drives the tool's LTI route handlers the way a browser between the platform peer and the app would, for the
// integration tests: login initiation, then the launch post, with or without the state cookie.
import { decode } from "next-auth/jwt";
import { GET as launchContinue } from "@/app/api/lti/launch/continue/route";
import { POST as launchPost } from "@/app/api/lti/launch/route";
import { GET as loginGet } from "@/app/api/lti/login/route";
import type { PrismaClient } from "@/server/generated/prisma/client";
import type { LaunchSpec, LtiPlatform } from "./lti-platform";

process.env.NEXTAUTH_SECRET ??= "integration-secret-0123456789abcdef";
/** What a browser's navigation asks for (refusals answer API clients with JSON instead). */
const HTML = { accept: "text/html,application/xhtml+xml" };
export const BASE = (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");

export async function registerPlatform(prisma: PrismaClient, p: LtiPlatform, over: { enabled?: boolean } = {}) {
  return prisma.ltiPlatform.create({
    data: {
      name: "Peer LMS",
      issuer: p.issuer,
      clientId: p.clientId,
      deploymentIds: [p.deploymentId],
      authLoginUrl: p.urls.auth,
      tokenUrl: p.urls.token,
      jwksUrl: p.urls.jwks,
      ...over,
    },
  });
}

export async function initiateLogin(params: Record<string, string>) {
  return loginGet(new Request(`${BASE}/api/lti/login?${new URLSearchParams(params)}`, { headers: HTML }));
}

/** Login initiation for `spec`; returns what the platform's authorization endpoint receives, and the state cookie. */
export async function login(p: LtiPlatform, spec: LaunchSpec) {
  const res = await initiateLogin(p.loginParams(p.prepare(spec), `${BASE}/`));
  if (res.status !== 302) throw new Error(`login answered ${res.status}: ${res.headers.get("x-lti-refusal")}`);
  const auth = new URL(res.headers.get("location")!);
  return {
    auth,
    state: auth.searchParams.get("state")!,
    nonce: auth.searchParams.get("nonce")!,
    cookie: res.headers.get("set-cookie")!.split(";")[0]!,
  };
}

export async function postLaunch(form: Record<string, string>, headers: Record<string, string> = {}) {
  return launchPost(
    new Request(`${BASE}/api/lti/launch`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...HTML, ...headers },
      body: new URLSearchParams(form),
    }),
  );
}

/** A whole launch as a top-level window makes it: login, the platform's id_token, the post with the cookie. */
export async function launch(p: LtiPlatform, spec: LaunchSpec) {
  const l = await login(p, spec);
  const idToken = await p.sign(p.claims(spec, l.nonce, `${BASE}/`));
  return postLaunch({ id_token: idToken, state: l.state }, { cookie: l.cookie });
}

export const continueLaunch = (token: string) =>
  launchContinue(new Request(`${BASE}/api/lti/launch/continue?token=${encodeURIComponent(token)}`, { headers: HTML }));

/** The session a response signs in, decoded as next-auth would. */
export async function sessionOf(res: Response) {
  const cookie = res.headers.getSetCookie().find((c) => /next-auth\.session-token=/.test(c));
  if (!cookie) return null;
  const value = cookie.split(";")[0]!.split("=").slice(1).join("=");
  return decode({ token: value, secret: process.env.NEXTAUTH_SECRET! });
}

/** The rows a launch from this platform creates, to show a refused one created none. */
export async function footprint(prisma: PrismaClient, p: LtiPlatform) {
  const platform = await prisma.ltiPlatform.findFirstOrThrow({ where: { issuer: p.issuer }, select: { id: true } });
  const contexts = await prisma.ltiContext.findMany({ where: { platformId: platform.id }, select: { classId: true } });
  const users = await prisma.ltiUserLink.findMany({ where: { issuer: p.issuer }, select: { userId: true } });
  return {
    users: users.length,
    contexts: contexts.length,
    links: await prisma.ltiResourceLink.count({ where: { platformId: platform.id } }),
    enrollments: await prisma.enrollment.count({ where: { classId: { in: contexts.map((c) => c.classId) } } }),
    handoffs: await prisma.ltiHandoff.count({ where: { userId: { in: users.map((u) => u.userId) } } }),
  };
}
