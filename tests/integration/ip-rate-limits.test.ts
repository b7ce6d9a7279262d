// Per-IP limits: wrong join codes (class and live share one count), failed sign-ins across accounts, and the socket
// address the limits are keyed on. Each test uses addresses of its own (TEST-NET ranges), so runs do not collide.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress, SOCKET_ADDRESS_HEADER } from "@/lib/security/client-address";
import { authOptions } from "@/server/auth/auth-options";
import { hashPassword } from "@/server/auth/password";
import { findClassByCode } from "@/server/classes/find-class-by-code";
import { joinClass } from "@/server/classes/join-class";
import { recordSocketAddress } from "@/server/http/record-socket-address";
import { findSessionByCode } from "@/server/live/find-session-by-code";
import { db } from "@/server/db";
import { prismaFor } from "../support/test-db";
import { seedQuiz } from "../fixtures/attempts-fixture";

// Read once by env(): a small limit keeps the sign-in test fast (every failure costs an Argon2 check); the join
// code limit keeps its default of 30.
process.env.RATE_LIMIT_SIGN_IN_FAILURES = "5";

type Authorize = (c: Record<string, string>, req: { headers?: Record<string, string> }) => Promise<unknown>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

const prisma = prismaFor();
afterAll(async () => {
  await prisma.$disconnect();
  await db.$disconnect();
});

let n = 0;
/** A fresh address per test: 198.51.100.x / 203.0.113.x, with the run's own offset. */
const ip = (net: "198.51.100" | "203.0.113") => `${net}.${(Date.now() + n++) % 250}`;
const wrongCode = (i: number) => `ZZ${String(i).padStart(4, "0")}`;

describe("wrong join codes per IP", () => {
  it("refuses the 31st wrong code from one address with the wait, even a right one; another address still joins", async () => {
    const f = await seedQuiz(prisma, { students: 2 });
    const [amy, ben] = f.students as [(typeof f.students)[0], (typeof f.students)[0]];
    const school = ip("198.51.100");
    for (let i = 0; i < 30; i++)
      await expect(joinClass({ user: amy, code: wrongCode(i), clientAddress: school })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    const refused = joinClass({ user: amy, code: f.cls.joinCode, clientAddress: school });
    await expect(refused).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(refused).rejects.toThrow(
      /^Too many wrong join codes from your network\. Wait 15 minutes and try again\.$/,
    );
    // The join link and the live code are code guesses too, under the same count.
    await expect(findClassByCode(f.cls.joinCode, school)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(findSessionByCode({ user: amy, code: "123456", clientAddress: school })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(joinClass({ user: ben, code: f.cls.joinCode, clientAddress: ip("203.0.113") })).resolves.toMatchObject(
      {
        id: f.cls.id,
      },
    );
  });

  it("counts only wrong codes: a whole class joining with the right code from one address is never refused", async () => {
    const f = await seedQuiz(prisma, { students: 40 });
    const school = ip("198.51.100");
    for (const s of f.students) await joinClass({ user: s, code: f.cls.joinCode, clientAddress: school });
    expect(await db.rateLimit.findUnique({ where: { key: `join-code-ip:${school}` } })).toBeNull();
  });

  it("counts wrong live codes and ended sessions' codes, and join-link misses, in the same count", async () => {
    const f = await seedQuiz(prisma, { students: 1 });
    const school = ip("198.51.100");
    await expect(
      findSessionByCode({ user: f.students[0]!, code: "000001", clientAddress: school }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await findClassByCode("NOPE42", school)).toBeNull();
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: `join-code-ip:${school}` } })).count).toBe(2);
  });
});

describe("failed sign-ins per IP", () => {
  beforeAll(async () => {
    await db.user.upsert({
      where: { email: "spray-target@example.org" },
      update: {},
      create: {
        email: "spray-target@example.org",
        name: "Target",
        role: "STUDENT",
        passwordHash: await hashPassword("Spring2026!"),
      },
    });
  });

  it("stops one password sprayed over many accounts from one address, and says how long to wait", async () => {
    const sprayer = { headers: { [SOCKET_ADDRESS_HEADER]: ip("198.51.100") } };
    const tag = Math.random().toString(36).slice(2);
    // Five accounts, one try each: the per-account limit never sees more than one.
    for (let i = 0; i < 5; i++)
      await expect(
        authorize({ email: `victim-${i}-${tag}@example.org`, password: "Spring2026!" }, sprayer),
      ).rejects.toThrow(/do not match/);
    await expect(authorize({ email: "spray-target@example.org", password: "Spring2026!" }, sprayer)).rejects.toThrow(
      /^Too many failed sign-ins from your network\. Wait 15 minutes and try again\.$/,
    );
    // Someone else, from another address, signs in as usual.
    const other = { headers: { [SOCKET_ADDRESS_HEADER]: ip("203.0.113") } };
    await expect(
      authorize({ email: "spray-target@example.org", password: "Spring2026!" }, other),
    ).resolves.toMatchObject({
      email: "spray-target@example.org",
    });
  });

  it("does not count successful sign-ins", async () => {
    const school = { headers: { [SOCKET_ADDRESS_HEADER]: ip("198.51.100") } };
    for (let i = 0; i < 7; i++) await authorize({ email: "spray-target@example.org", password: "Spring2026!" }, school);
    const key = `sign-in-ip:${school.headers[SOCKET_ADDRESS_HEADER]}`;
    expect(await db.rateLimit.findUnique({ where: { key } })).toBeNull();
  });
});

describe("the socket address", () => {
  it("reaches the app as a header no client can forge, and X-Forwarded-For counts only behind a trusted proxy", async () => {
    recordSocketAddress();
    const server = http.createServer((req, res) => {
      const header = (name: string) => req.headers[name] as string | undefined;
      res.end(JSON.stringify({ direct: clientAddress(header, 0), proxied: clientAddress(header, 1) }));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    const body = await new Promise<string>((resolve, reject) => {
      const req = http.request(
        {
          host: "127.0.0.1",
          port,
          localAddress: "127.0.0.2",
          headers: { [SOCKET_ADDRESS_HEADER]: "192.0.2.99", "x-forwarded-for": "192.0.2.77" },
        },
        (res) => {
          let s = "";
          res.on("data", (c) => (s += c));
          res.on("end", () => resolve(s));
        },
      );
      req.on("error", reject);
      req.end();
    });
    await new Promise((r) => server.close(r));
    expect(JSON.parse(body)).toEqual({ direct: "127.0.0.2", proxied: "192.0.2.77" });
  });
});
