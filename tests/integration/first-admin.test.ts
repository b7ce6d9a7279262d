import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scratchDatabase } from "../support/test-db";

// "The first instructor on a database without one becomes the admin" needs a database with no users: its own,
// migrated from the committed SQL. This file's process talks only to it (server/db reads DATABASE_URL lazily).
const root = path.resolve(import.meta.dirname, "../..");
let scratch: Awaited<ReturnType<typeof scratchDatabase>>;

beforeAll(async () => {
  scratch = await scratchDatabase("firstadmin");
  const c = new pg.Client({ connectionString: scratch.url });
  await c.connect();
  const dir = path.join(root, "prisma/migrations");
  for (const m of fs
    .readdirSync(dir)
    .filter((d) => !d.endsWith(".toml"))
    .sort())
    await c.query(fs.readFileSync(path.join(dir, m, "migration.sql"), "utf8"));
  await c.end();
  process.env.DATABASE_URL = scratch.url;
});
afterAll(async () => {
  const { db } = await import("@/server/db");
  await db.$disconnect();
  await scratch?.drop();
});

describe("the first instructor of a database", () => {
  it("becomes the admin even under the invite policy; only one of two racing sign-ups does; students never", async () => {
    const { createUser, signUpSchema } = await import("@/server/auth/create-user");
    const policy = { kind: "invite" } as const;
    const input = (email: string, role: "INSTRUCTOR" | "STUDENT") =>
      signUpSchema.parse({ name: "First", email, password: "long-enough", role });

    expect(await createUser(input("student@x.edu", "STUDENT"), policy)).toMatchObject({ isAdmin: false });
    const race = await Promise.allSettled([
      createUser(input("one@x.edu", "INSTRUCTOR"), policy),
      createUser(input("two@x.edu", "INSTRUCTOR"), policy),
    ]);
    const made = race.filter((r) => r.status === "fulfilled");
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ value: { role: "INSTRUCTOR", isAdmin: true } });
    expect(race.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "FORBIDDEN" } });
    // Once there is an instructor, the policy applies: open lets the next one in, as a plain instructor.
    expect(await createUser(input("three@x.edu", "INSTRUCTOR"), { kind: "open" })).toMatchObject({ isAdmin: false });
  });
});

describe("npm run admin:create", () => {
  const run = (args: string[], extra: Record<string, string> = {}) =>
    spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/create-admin.ts", ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: scratch.url, ...extra },
      encoding: "utf8",
    });

  it("creates an admin instructor, promotes an existing instructor, and refuses a student", async () => {
    const { db } = await import("@/server/db");
    const made = run(["--email", "Head@X.edu", "--name", "Head"], { ADMIN_PASSWORD: "a-long-password" });
    expect(made.status, made.stderr).toBe(0);
    expect(await db.user.findUnique({ where: { email: "head@x.edu" } })).toMatchObject({
      role: "INSTRUCTOR",
      isAdmin: true,
      name: "Head",
    });
    const promoted = run(["--email", "three@x.edu"]);
    expect(promoted.status, promoted.stderr).toBe(0);
    expect(await db.user.findUnique({ where: { email: "three@x.edu" } })).toMatchObject({ isAdmin: true });
    const refused = run(["--email", "student@x.edu"]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("is a student account");
    expect(await db.user.findUnique({ where: { email: "student@x.edu" } })).toMatchObject({ isAdmin: false });
  });
});
