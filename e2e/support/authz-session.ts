// Shared by the authorization specs: a signed-in request context per role, and route patterns filled
// with the fixture's ids.
import { request, type APIRequestContext } from "@playwright/test";
import { ROLES, type Fixture, type Role } from "./authz-table";
import { PASSWORD } from "./fixtures";

/** /classes/[classId] → /classes/cls_…, from the fixture's params (or `extra`, by param name). */
export function fill(pattern: string, f: Fixture, extra: Record<string, string> = {}) {
  return pattern.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    const v = extra[name] ?? f.params[name];
    if (!v) throw new Error(`no fixture value for [${name}] in ${pattern}`);
    return encodeURIComponent(v);
  });
}

/** A request context signed in through next-auth's credentials endpoint (no browser). */
export async function signIn(baseURL: string, email: string): Promise<APIRequestContext> {
  const ctx = await request.newContext({ baseURL });
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await ctx.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: PASSWORD, json: "true" },
    maxRedirects: 0,
  });
  const cookies = (await ctx.storageState()).cookies;
  if (!cookies.some((c) => c.name.endsWith("next-auth.session-token"))) throw new Error(`sign-in failed for ${email}`);
  return ctx;
}

/** One request context per role of the matrix: anonymous, and each fixture user signed in. */
export async function roleContexts(baseURL: string, f: Fixture): Promise<Record<Role, APIRequestContext>> {
  const out = { anon: await request.newContext({ baseURL }) } as Record<Role, APIRequestContext>;
  for (const role of ROLES) if (role !== "anon") out[role] = await signIn(baseURL, f.users[role].email);
  return out;
}
