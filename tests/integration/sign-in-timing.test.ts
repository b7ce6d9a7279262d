// Sign-in must not tell, by how long it takes, whether an account exists: an unknown email (or an account with no
// password) spends a real password check too. Timed with a clock this test failed on a busy machine (one run in
// CI's conditions saw 50 ms against 184 ms), so it counts the work instead: the same Argon2 verification, with the
// same parameters, on every path. The library is the real one; the spy only counts its calls.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

const argon = vi.hoisted(() => ({ verifications: [] as string[] }));
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof import("@node-rs/argon2")>();
  return {
    ...real,
    verify: async (hash: string, password: string) => {
      argon.verifications.push(hash);
      return real.verify(hash, password);
    },
  };
});

const { authOptions } = await import("@/server/auth/auth-options");
const { hashPassword } = await import("@/server/auth/password");
const { db } = await import("@/server/db");

type Authorize = (c: Record<string, string>, req: unknown) => Promise<unknown>;
const provider = authOptions.providers[0] as unknown as { options: { authorize: Authorize } };
const authorize = provider.options.authorize;

afterAll(async () => {
  await db.$disconnect();
});
beforeEach(() => {
  argon.verifications.length = 0;
});

/** The Argon2 parameters of a PHC string ("$argon2id$v=19$m=19456,t=2,p=1$…"): what its verification costs. */
const cost = (phc: string) => phc.split("$").slice(1, 4).join("$");

async function failedSignIn(email: string) {
  await expect(authorize({ email, password: "wrong-password" }, {})).rejects.toThrow(/do not match/);
  expect(argon.verifications).toHaveLength(1);
  return cost(argon.verifications.splice(0)[0]!);
}

describe("sign-in timing", () => {
  it("spends one Argon2 verification of the same cost for an unknown email, an LMS account and a wrong password", async () => {
    const tag = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const email = `timing-${tag}@example.org`;
    const lms = `timing-lms-${tag}@example.org`;
    await db.user.createMany({
      data: [
        { email, name: "Timing", role: "STUDENT", passwordHash: await hashPassword("the-right-password") },
        { email: lms, name: "From the LMS", role: "STUDENT", passwordHash: null },
      ],
    });
    const known = await failedSignIn(email);
    expect(known).toMatch(/^argon2id\$v=19\$m=\d+,t=\d+,p=\d+$/);
    expect(await failedSignIn(`nobody-${tag}@example.org`)).toBe(known);
    expect(await failedSignIn(lms)).toBe(known);
    await db.user.deleteMany({ where: { email: { in: [email, lms] } } });
  });
});
