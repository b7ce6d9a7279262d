import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { sameSitePath } from "@/lib/security/same-site-path";
import { waitMessage } from "@/lib/security/wait-message";
import { db } from "../db";
import { checkIpLimit, countIpLimit } from "../rate-limits/check-ip-limit";
import { getClientAddress } from "../rate-limits/get-client-address";
import { verifyNoPassword, verifyPassword } from "./password";
import { clearRateLimit } from "./clear-rate-limit";
import { endSessions } from "./end-sessions";
import { hitRateLimit } from "./hit-rate-limit";

const credentials = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export const SIGN_IN_LIMIT = 10;
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;
export const WRONG_CREDENTIALS = "That email and password do not match an account. Check them and try again.";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  // Secure (and __Secure-/__Host- prefixed) cookies whenever the app is served over https; stated, not implied.
  useSecureCookies: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  secret: process.env.NEXTAUTH_SECRET,
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, req) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) throw new Error(WRONG_CREDENTIALS);
        const { email, password } = parsed.data;
        // Per account (guessing one password) and per IP (one password sprayed over many accounts).
        const ip = await getClientAddress((name) => (req?.headers as Record<string, string> | undefined)?.[name]);
        await checkIpLimit("signInFailure", ip);
        const wait = await hitRateLimit(`sign-in:${email}`, SIGN_IN_LIMIT, SIGN_IN_WINDOW_SECONDS);
        if (wait > 0) throw new Error(`Too many sign-in attempts for this account. ${waitMessage(wait)}`);
        const user = await db.user.findUnique({ where: { email } });
        // An unknown email, or an account made by an LMS launch (no password), spends the time of a real password
        // check too, so timing does not reveal accounts.
        const ok = user?.passwordHash
          ? await verifyPassword(user.passwordHash, password)
          : await verifyNoPassword(password);
        if (!user || !ok) {
          await countIpLimit("signInFailure", ip);
          throw new Error(WRONG_CREDENTIALS);
        }
        await clearRateLimit(`sign-in:${email}`);
        return { id: user.id, name: user.name, email: user.email, role: user.role, sv: user.sessionVersion };
      },
    }),
  ],
  // A JWT session cannot be revoked by deleting it: signing out bumps the user's session version instead.
  events: {
    async signOut({ token }) {
      if (token?.uid) await endSessions(token.uid);
    },
  },
  callbacks: {
    // next-auth's own default lets "/\\evil.example" through (a prefix check); only same-site URLs leave here.
    redirect({ url, baseUrl }) {
      return new URL(sameSitePath(url, baseUrl, "/"), baseUrl).href;
    },
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sv ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.uid,
        role: token.role,
        name: token.name ?? "",
        email: token.email ?? "",
      };
      session.sv = token.sv ?? 0;
      return session;
    },
  },
};
