import { spawnSync } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { embeddedPort } from "../../scripts/embedded-pg.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const servers: net.Server[] = [];
/** Holds a port the way a second checkout's PostgreSQL would. */
const occupy = (port = 0) =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(port, "127.0.0.1", () => resolve((s.address() as net.AddressInfo).port));
    servers.push(s);
  });
afterEach(() => servers.splice(0).forEach((s) => s.close()));

describe("the embedded database's port when another checkout holds it", () => {
  it("moves the default port to the next free one and says so", async () => {
    const taken = await occupy();
    const picked = await embeddedPort({} as NodeJS.ProcessEnv, taken);
    expect(picked.error).toBeUndefined();
    expect(picked.moved).toBe(true);
    expect(picked.port).toBeGreaterThan(taken);
  });

  it("keeps a free default port", async () => {
    const free = await occupy();
    servers.pop()!.close();
    await new Promise((r) => setTimeout(r, 50));
    expect(await embeddedPort({} as NodeJS.ProcessEnv, free)).toEqual({ port: free, moved: false });
  });

  it("`npm start` with a taken EMBEDDED_PG_PORT exits with one line naming the variable, not a stack trace", async () => {
    const taken = await occupy();
    const env: NodeJS.ProcessEnv = { ...process.env, EMBEDDED_PG_PORT: String(taken) };
    delete env.DATABASE_URL;
    const r = spawnSync(process.execPath, [path.join(root, "scripts/db.mjs"), "start"], {
      cwd: root,
      env,
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      `Port ${taken} (EMBEDDED_PG_PORT) is in use by another program: set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use your own PostgreSQL.`,
    );
  });
});
