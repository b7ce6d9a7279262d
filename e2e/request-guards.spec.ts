// The guards every route handler shares (server/http/route-handler.ts, server/http/pages-api-route.ts), over real
// HTTP: a state-changing request from another origin is refused, a body that is not JSON is refused, and a body
// over the limit is not read past it (whatever its headers say).
import http from "node:http";
import type { APIRequestContext } from "@playwright/test";
import { fill, roleContexts } from "./support/authz-session";
import { MATRIX, seedAuthzFixture, type Fixture, type Role } from "./support/authz-table";
import { expect, test } from "./support/fixtures";

let fx: Fixture;
let ctx: Record<Role, APIRequestContext>;
test.beforeAll(async ({}, info) => {
  info.setTimeout(120_000);
  fx = await seedAuthzFixture();
  ctx = await roleContexts(info.project.use.baseURL!, fx);
});
test.afterAll(async () => {
  for (const c of Object.values(ctx ?? {})) await c.dispose();
});

// Each route and the role for whom its matrix request succeeds; the last one is the autosave (Pages Router).
const FORGEABLE: [string, Role][] = [
  ["/api/posts", "owner"],
  ["/api/posts/reactions", "owner"],
  ["/api/posts/[postId]/moderate", "owner"],
  ["/api/attention/[assignmentId]", "student"],
  ["/api/attempts/[attemptId]/responses/[questionId]", "student2"],
];

function request(pattern: string) {
  const row = MATRIX[pattern]!;
  return { url: fill(pattern, fx, row.params?.(fx)), method: row.method!, body: JSON.stringify(row.body!(fx)) };
}

test("a text/plain form post from another port of the host is refused on every JSON route, and changes nothing", async ({
  baseURL,
}) => {
  const other = new URL(baseURL!);
  other.port = String(Number(other.port) + 1);
  for (const [pattern, role] of FORGEABLE) {
    const { url, method, body } = request(pattern);
    const send = (headers: Record<string, string>) =>
      ctx[role].fetch(url, { method, headers, data: body, failOnStatusCode: false });
    // What a form on http://127.0.0.1:<other port> makes the browser send (the cookie goes along: same site).
    const forged = await send({ origin: other.origin, "content-type": "text/plain", "sec-fetch-site": "same-site" });
    expect(forged.status(), `${pattern}: forged form post`).toBe(403);
    expect((await forged.json()).error).toMatch(/another site/);
    // Without Origin, Sec-Fetch-Site tells the same.
    const noOrigin = await send({ "content-type": "application/json", "sec-fetch-site": "same-site" });
    expect(noOrigin.status(), `${pattern}: same-site fetch without Origin`).toBe(403);
    // From the app itself, a body that is not declared as JSON is refused too.
    const plain = await send({ origin: new URL(baseURL!).origin, "content-type": "text/plain" });
    expect(plain.status(), `${pattern}: text/plain from the app`).toBe(400);
    expect((await plain.json()).error).toMatch(/as JSON/);
  }
  // Nothing above was written: the forged post's text is nowhere.
  const { sql } = await import("./support/fixtures");
  expect(
    await sql(`SELECT id FROM "Post" WHERE body = 'A reply from the matrix' AND "assignmentId" = $1`, [
      fx.params.assignmentId,
    ]),
  ).toEqual([]);
  // The same requests from the app's own pages succeed (so the refusals above are about the origin and type).
  for (const [pattern, role] of FORGEABLE) {
    const { url, method, body } = request(pattern);
    const res = await ctx[role].fetch(url, {
      method,
      data: body,
      headers: {
        origin: new URL(baseURL!).origin,
        "content-type": "application/json",
        "sec-fetch-site": "same-origin",
      },
    });
    expect(res.status(), `${pattern}: from the app`).toBeLessThan(300);
  }
});

/** Streams `total` bytes as a chunked body; resolves with the status and how much was sent before the answer. */
async function chunkedUpload(baseURL: string, path: string, method: string, cookie: string, total: number) {
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  chunk.write('{"padding":"');
  return new Promise<{ status: number | "closed"; sent: number }>((resolve) => {
    let sent = 0;
    let done = false;
    const finish = (status: number | "closed") => {
      if (done) return;
      done = true;
      req.destroy();
      resolve({ status, sent });
    };
    const req = http.request(new URL(path, baseURL), {
      method,
      headers: { cookie, "content-type": "application/json", "transfer-encoding": "chunked" },
    });
    req.on("response", (res) => finish(res.statusCode ?? 0));
    req.on("error", () => finish("closed"));
    const pump = () => {
      while (!done && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!done) req.end();
    };
    pump();
  });
}

test("a chunked body over the limit is refused (413, or the connection closed) without being read to its end", async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const TOTAL = 96 * 1024 * 1024;
  for (const [pattern, role] of FORGEABLE) {
    const { url, method } = request(pattern);
    const cookie = (await ctx[role].storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const { status, sent } = await chunkedUpload(baseURL!, url, method, cookie, TOTAL);
    // Answered while the client still sends, then closed: the kernel's reset to bytes nobody reads can destroy the
    // 413 before the client reads it (1 route in 8 in a fresh-clone run on 20db99a; the same race as the bank
    // upload's, tests/integration/bank-upload-route.test.ts). What must hold is that reading stops, below.
    expect([413, "closed"], `${pattern}: status`).toContain(status);
    // The server stops reading at the limit (plus at most 8 MB it drains so the client sees the answer), so the
    // upload is cut off long before its end; the old code read all of it into memory first.
    expect(sent, `${pattern}: bytes the client could send`).toBeLessThan(24 * 1024 * 1024);
  }
});
