// A database host that accepts the connection and never answers (a hung VM, a half-dead proxy) must fail a
// request, not hold it and a pool slot for ever: pg's own default is to wait without end. A TCP server here on
// loopback accepts and stays silent; each pool the app opens to the primary must give up on it.
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { primaryClient } from "@/server/db";
import { hotPoolOptions } from "@/server/autosave/hot-pool";

let silent: net.Server;
const sockets = new Set<net.Socket>();
let url = "";

beforeAll(async () => {
  silent = net.createServer((s) => {
    sockets.add(s); // accepted, never answered
    s.on("error", () => {});
  });
  await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
  url = `postgresql://postgres@127.0.0.1:${(silent.address() as net.AddressInfo).port}/passage`;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => silent.close(r));
});

describe("a database that never answers", () => {
  it("fails a query of the app's Prisma client", async () => {
    const client = primaryClient(url, 300);
    await expect(client.$queryRaw`SELECT 1`).rejects.toThrow();
    await client.$disconnect();
  });

  it("fails a save on the autosave's pool", async () => {
    const pool = new pg.Pool(hotPoolOptions(url, 300));
    await expect(pool.query("SELECT 1")).rejects.toThrow(/timeout/i);
    await pool.end();
  });
});
