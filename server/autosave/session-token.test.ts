// The autosave path decrypts next-auth's session cookie itself (with a cached key); it must accept exactly
// what next-auth's own getToken accepts. Tokens here are made by next-auth's encode.
import { encode, getToken } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sessionTokenFromCookies } from "@/server/autosave/session-token";

// The session-version check reads the database; here every user is current except "signed-out".
vi.mock("@/server/auth/is-session-current", () => ({
  isSessionCurrent: async (t: { uid?: string }) => t.uid !== "signed-out",
}));

const SECRET = "unit-secret-0123456789abcdef0123456789";
const saved = { secret: process.env.NEXTAUTH_SECRET, url: process.env.NEXTAUTH_URL };
beforeAll(() => {
  process.env.NEXTAUTH_SECRET = SECRET;
  process.env.NEXTAUTH_URL = "http://127.0.0.1:3000";
});
afterAll(() => {
  process.env.NEXTAUTH_SECRET = saved.secret;
  process.env.NEXTAUTH_URL = saved.url;
});

const req = (cookie: string) => new Request("http://127.0.0.1:3000/api/x", { headers: { cookie } });
const sessionTokenFromRequest = (r: Request) => sessionTokenFromCookies(r.headers.get("cookie") ?? "");
const claims = { uid: "u1", role: "STUDENT" as const, name: "Amira", email: "amira@example.org" };

describe("sessionTokenFromRequest", () => {
  it("decodes what next-auth encodes, like getToken does", async () => {
    const token = await encode({ token: claims, secret: SECRET });
    const r = req(`other=1; next-auth.session-token=${token}; x=%E0%A4%A`);
    const mine = await sessionTokenFromRequest(r);
    expect(mine).toMatchObject(claims);
    const theirs = await getToken({
      req: { headers: r.headers, cookies: { "next-auth.session-token": token } } as never,
      secret: SECRET,
    });
    expect(mine).toEqual(theirs);
  });

  it("refuses a token made with another secret, a tampered token, an expired token and no token", async () => {
    const other = await encode({ token: claims, secret: "another-secret-0123456789abcdef" });
    expect(await sessionTokenFromRequest(req(`next-auth.session-token=${other}`))).toBeNull();
    const good = await encode({ token: claims, secret: SECRET });
    const tampered = good.slice(0, -6) + (good.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
    expect(await sessionTokenFromRequest(req(`next-auth.session-token=${tampered}`))).toBeNull();
    const expired = await encode({ token: claims, secret: SECRET, maxAge: -60 });
    expect(await sessionTokenFromRequest(req(`next-auth.session-token=${expired}`))).toBeNull();
    expect(await sessionTokenFromRequest(req("theme=dark"))).toBeNull();
  });

  it("reads a session split across chunked cookies", async () => {
    const token = await encode({ token: claims, secret: SECRET });
    const half = Math.ceil(token.length / 2);
    const mine = await sessionTokenFromRequest(
      req(`next-auth.session-token.0=${token.slice(0, half)}; next-auth.session-token.1=${token.slice(half)}`),
    );
    expect(mine).toMatchObject(claims);
  });

  it("uses the __Secure- cookie name on https", async () => {
    process.env.NEXTAUTH_URL = "https://quiz.example.org";
    try {
      const token = await encode({ token: claims, secret: SECRET });
      expect(await sessionTokenFromRequest(req(`next-auth.session-token=${token}`))).toBeNull();
      expect(await sessionTokenFromRequest(req(`__Secure-next-auth.session-token=${token}`))).toMatchObject(claims);
    } finally {
      process.env.NEXTAUTH_URL = "http://127.0.0.1:3000";
    }
  });

  it("refuses a valid token of a session that was signed out", async () => {
    const token = await encode({ token: { ...claims, uid: "signed-out" }, secret: SECRET });
    expect(await sessionTokenFromRequest(req(`next-auth.session-token=${token}`))).toBeNull();
  });
});
