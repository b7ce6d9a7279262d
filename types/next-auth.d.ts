import type { DefaultSession } from "next-auth";

type AppRole = "INSTRUCTOR" | "STUDENT";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: AppRole; name: string; email: string } & Omit<DefaultSession["user"], "name" | "email">;
    /** The token's session version, checked against the user's by getSessionUser. */
    sv?: number;
  }
  interface User {
    id: string;
    role: AppRole;
    /** The user's session version at sign-in (see server/auth/end-sessions.ts). */
    sv?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    role: AppRole;
    /** The user's session version when the token was made; tokens from before it existed count as 0. */
    sv?: number;
  }
}
