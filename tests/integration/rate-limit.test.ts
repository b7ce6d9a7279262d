import { afterAll, describe, expect, it } from "vitest";
import { clearRateLimit } from "@/server/auth/clear-rate-limit";
import { hitRateLimit } from "@/server/auth/hit-rate-limit";
import { db } from "@/server/db";

afterAll(async () => {
  await db.$disconnect();
});

describe("hitRateLimit (PostgreSQL fixed window)", () => {
  it("allows `limit` hits, then says how long to wait", async () => {
    const key = `test:${Date.now()}:${Math.random()}`;
    for (let i = 0; i < 3; i++) expect(await hitRateLimit(key, 3, 60)).toBe(0);
    const wait = await hitRateLimit(key, 3, 60);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    await clearRateLimit(key);
    expect(await hitRateLimit(key, 3, 60)).toBe(0);
  });

  it("counts concurrent hits exactly (no lost updates)", async () => {
    const key = `test:${Date.now()}:${Math.random()}`;
    const waits = await Promise.all(Array.from({ length: 20 }, () => hitRateLimit(key, 5, 60)));
    expect(waits.filter((w) => w === 0)).toHaveLength(5);
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key } });
    expect(row.count).toBe(20);
  });

  it("starts a new window once the old one has passed", async () => {
    const key = `test:${Date.now()}:${Math.random()}`;
    await db.rateLimit.create({ data: { key, count: 99, windowEnd: new Date(Date.now() - 1000) } });
    expect(await hitRateLimit(key, 3, 60)).toBe(0);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key } })).count).toBe(1);
  });
});
