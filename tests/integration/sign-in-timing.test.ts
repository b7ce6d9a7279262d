// Sign-in must not tell, by how long it takes, whether an account exists: an unknown email spends the time of a
// real password check too.
import { afterAll, describe, expect, it } from "vitest";
import { authOptions } from "@/server/auth/auth-options";
import { hashPassword } from "@/server/auth/password";
import { db } from "@/server/db";

type Authorize = (c: Record<string, string>, req: unknown) => Promise<unknown>;
const provider = authOptions.providers[0] as unknown as { options: { authorize: Authorize } };
const authorize = provider.options.authorize;

afterAll(async () => {
  await db.$disconnect();
});

async function timeFailure(email: string): Promise<number> {
  const started = performance.now();
  await expect(authorize({ email, password: "wrong-password" }, {})).rejects.toThrow(/do not match/);
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe("sign-in timing", () => {
  it("takes about as long for an unknown email as for a wrong password", async () => {
    const tag = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const email = `timing-${tag}@example.org`;
    await db.user.create({
      data: { email, name: "Timing", role: "STUDENT", passwordHash: await hashPassword("the-right-password") },
    });
    await timeFailure(`warmup-${tag}@example.org`);
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      known.push(await timeFailure(email));
      unknown.push(await timeFailure(`nobody-${i}-${tag}@example.org`));
    }
    // Before: ~9 ms against 20–30 ms. Argon2 dominates both now; a generous bound for a busy machine.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.6);
    await db.user.delete({ where: { email } });
  });
});
