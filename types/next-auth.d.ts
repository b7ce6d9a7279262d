import type { DefaultSession } from "next-auth";

type AppRole = "INSTRUCTOR" | "STUDENT";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: AppRole; name: string; email: string } & Omit<DefaultSession["user"], "name" | "email">;
  }
  interface User {
    id: string;
    role: AppRole;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    role: AppRole;
  }
}
